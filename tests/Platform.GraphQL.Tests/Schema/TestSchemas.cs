namespace EventAgents.Platform.GraphQL.Tests.Schema;

public static class TestSchemas
{
    /// <summary>A schema in the spirit of graphql-js's validation harness: interfaces, unions, enums, inputs, many argument types.</summary>
    public const string Harness = """"
        "Things that exist"
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        """
        A good boy.
          Indented line.
        """
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
          iq: Int @deprecated(reason: "Use `score`.")
          score: Int
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED @deprecated
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
          """
          The current time, in "quotes".
          """
          now: DateTime
          big: Long
          blob(input: JSON): JSON
        }

        type MutationRoot {
          setName(name: String!): Human
        }

        type SubscriptionRoot {
          dogBarked: Dog
          catMeowed: Cat
        }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        "A 64-bit integer"
        scalar Long

        scalar JSON

        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        "Repeats"
        directive @repeatable(times: Int = 1) repeatable on FIELD | FRAGMENT_SPREAD
        """ Described args """
        directive @described(
          "the reason"
          why: String!
          other: [Int!] = [1]
        ) on FIELD
        """";

    public const string Simple = """
        type Query {
          hello: String
          greet(name: String! = "world", times: Int = 1): String!
          node(id: ID!): Node
          search(text: String): [SearchResult!]!
          tasks(filter: TaskFilter, first: Int = 10): [Task!]!
        }

        type Mutation {
          addTask(input: AddTaskInput!): Task!
        }

        interface Node {
          id: ID!
        }

        type Task implements Node {
          id: ID!
          title: String!
          status: Status!
          tags: [String!]
          "When it was created"
          createdAt: String @deprecated(reason: "Use `created`")
        }

        type User implements Node {
          id: ID!
          name: String
        }

        union SearchResult = Task | User

        enum Status {
          "Not started"
          TODO
          DOING
          DONE @deprecated
        }

        input TaskFilter {
          status: Status = TODO
          text: String
          tags: [String!] = ["a"]
        }

        input AddTaskInput {
          title: String!
          status: Status = TODO
        }
        """;
}

Console.WriteLine("eventagents");

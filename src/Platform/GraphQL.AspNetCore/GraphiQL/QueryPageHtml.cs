namespace EventAgents.Platform.GraphQL.AspNetCore.GraphiQL;

/// <summary>The query page's HTML.</summary>
internal static class QueryPageHtml
{
    public const string Text = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphQL</title>
        <style>
        body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-columns:1fr 1fr;height:100vh}
        section{display:flex;flex-direction:column;padding:8px;gap:6px;min-height:0}
        textarea,pre{font:13px ui-monospace,monospace;border:1px solid #ccc;padding:6px;margin:0}
        #query{flex:3}#variables{flex:1}pre{flex:1;overflow:auto;background:#f7f7f7}
        </style></head><body>
        <section><label for="query">Document</label>
        <textarea id="query" spellcheck="false">{ __typename }</textarea>
        <label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea>
        <div><button id="run">Run (Ctrl+Enter)</button> <button id="stop" disabled>Stop</button></div></section>
        <section><label>Response</label><pre id="out"></pre></section>
        <script>
        const $ = id => document.getElementById(id); let abort = null;
        async function run() {
          abort?.abort(); abort = new AbortController(); $('stop').disabled = false; $('out').textContent = '';
          let variables; try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('out').textContent = 'Variables: ' + e.message; return; }
          const query = $('query').value, streaming = /^\s*subscription\b/.test(query.replace(/#.*$/gm, ''));
          try {
            const res = await fetch(location.pathname, { method: 'POST', signal: abort.signal, body: JSON.stringify({ query, variables }),
              headers: { 'content-type': 'application/json', accept: streaming ? 'text/event-stream' : 'application/graphql-response+json' } });
            if (!streaming) { $('out').textContent = JSON.stringify(await res.json(), null, 2); return; }
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader(); let text = '';
            for (;;) { const { value, done } = await reader.read(); if (done) break; text += value;
              let end; while ((end = text.indexOf('\n\n')) >= 0) { const event = text.slice(0, end); text = text.slice(end + 2);
                const data = event.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n').trim();
                $('out').textContent += data ? JSON.stringify(JSON.parse(data), null, 2) + '\n' : '(complete)\n'; } }
          } catch (e) { if (e.name !== 'AbortError') $('out').textContent += String(e); } finally { $('stop').disabled = true; }
        }
        $('run').onclick = run; $('stop').onclick = () => abort?.abort();
        document.onkeydown = e => { if (e.ctrlKey && e.key === 'Enter') run(); };
        </script></body></html>
        """;
}

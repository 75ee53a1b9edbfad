import { parseForESLint } from 'astro-eslint-parser';
const code = `---
import OpenAI from 'openai';
const k = process.env.OPENAI_API_KEY;
---
<div>hi</div>
<script>
  import Anthropic from '@anthropic-ai/sdk';
  fetch('https://api.openai.com/v1/chat');
</script>
`;
const r = parseForESLint(code, { filePath: 'x.astro', ecmaVersion: 'latest', sourceType: 'module' });
function walk(n, d=0){ if(!n||typeof n.type!=='string')return; console.log(' '.repeat(d)+n.type+(n.value&&typeof n.value==='string'?' '+JSON.stringify(n.value.slice(0,30)):'')+ ' '+ (n.loc?n.loc.start.line:'')); for(const k of Object.keys(n)){ if(k==='parent'||k==='loc'||k==='range'||k==='tokens'||k==='comments')continue; const v=n[k]; if(Array.isArray(v)) v.forEach(c=>walk(c,d+1)); else if(v&&typeof v==='object'&&v.type) walk(v,d+1);} }
walk(r.ast);
console.log(Object.keys(r.visitorKeys).filter(k=>k.startsWith('Astro')));

import { build } from 'esbuild';
import { lambdaBuildOptions, type LambdaBundleInput } from '../lib/bundle-options';

// `tsx infra/bundle/bundle-lambda.ts '{"entry": ..., "outdir": ..., "alias": {...}}'`: bundles one
// Lambda as `cdk synth` deploys it (run by infra/lib/lambda-code.ts).
const input = JSON.parse(process.argv[2] ?? '{}') as LambdaBundleInput;
if (!input.entry || !input.outdir) throw new Error('usage: bundle-lambda.ts \'{"entry": "...", "outdir": "..."}\'');
await build(lambdaBuildOptions(input));

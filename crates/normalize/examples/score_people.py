#!/usr/bin/env python3
"""Scores the people example output against the seed gold people lists.

Usage: score_people.py PEOPLE.jsonl [GOLD_DIR]
"""
import json,sys,glob,os
pred={}
for l in open(sys.argv[1]):
    d=json.loads(l); pred[d['source_file']]=d['people']['persons']
tp=fp=fn=cc=0; alias_tp=alias_fp=alias_fn=0; ttp=tfp=tfn=0
gold_dir = sys.argv[2] if len(sys.argv) > 2 else '../shared/gold/seeds'
for f in sorted(glob.glob(os.path.join(gold_dir, '*.json'))):
    g=json.load(open(f)); sf=os.path.basename(f).replace('.json','.txt')
    gold={p['name'].lower():p for p in g['people']}
    pr={p['name'].lower():p for p in pred.get(sf,[])}
    for n in pr:
        if n in gold:
            tp+=1
            ok = pr[n]['country']==gold[n]['country_code']; cc+=ok
            if not ok: print(sf,'COUNTRY',n,pr[n]['country'],gold[n]['country_code'])
            ga=set(a.lower() for a in gold[n]['aliases']); pa=set(a.lower() for a in pr[n]['aliases'])
            alias_tp+=len(ga&pa); alias_fp+=len(pa-ga); alias_fn+=len(ga-pa)
            if ga!=pa: print(sf,'ALIAS',n,sorted(pa),sorted(ga))
            gt=set(a.lower() for a in gold[n]['titles']); pt=set(a.lower() for a in pr[n]['titles'])
            ttp+=len(gt&pt); tfp+=len(pt-gt); tfn+=len(gt-pt)
            if gt!=pt: print(sf,'TITLES',n,sorted(pt),sorted(gt))
        else: fp+=1; print(sf,'FP',n)
    for n in gold:
        if n not in pr: fn+=1; print(sf,'FN',n)
P=tp/max(tp+fp,1); R=tp/max(tp+fn,1); F=2*P*R/max(P+R,1e-9)
print(f'people P={P:.3f} R={R:.3f} F1={F:.3f} country_acc={cc/max(tp,1):.3f} (tp={tp} fp={fp} fn={fn})')
aP=alias_tp/max(alias_tp+alias_fp,1); aR=alias_tp/max(alias_tp+alias_fn,1)
print(f'aliases P={aP:.3f} R={aR:.3f}; titles P={ttp/max(ttp+tfp,1):.3f} R={ttp/max(ttp+tfn,1):.3f}')

"""The learned-component experiment of issue 11 (item 4), kept for reproducibility; the model is NOT
shipped. A logistic regression over hashed word 1-2-grams, trained on the synthetic corpora in
tests/corpus (all but holdout5.jsonl), scored against the rules on sets it was not trained on.

  npm run --silent analyze -- --jsonl <(cat TEST.jsonl ...) > /tmp/rules_pred.jsonl
  PYTHONHASHSEED=0 python3 scripts/corpus/learned_baseline.py /tmp/rules_pred.jsonl TEST.jsonl ...
"""
import json, os, re, unicodedata, numpy as np, sys
def fold(s):
    s = s.lower().replace('æ','ae').replace('ø','o').replace('ß','ss')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
def feats(text, D=2**18):
    w = re.findall(r"[a-z0-9']+", fold(text))
    toks = w + [a+'_'+b for a,b in zip(w, w[1:])]
    idx = {}
    for t in toks:
        h = hash(t) % D
        idx[h] = 1.0
    return idx
def load(p): return [json.loads(l) for l in open(p) if l.strip()]
C=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'corpus') + '/'
train = sum((load(C+f) for f in ['drafts.jsonl','hard-cases.jsonl','holdout.jsonl','holdout2.jsonl','holdout3.jsonl','holdout4.jsonl','families.jsonl','ordinary.jsonl']), [])
tests = {'holdout5': load(C+'holdout5.jsonl'), **{os.path.basename(os.path.dirname(p)) + '/' + os.path.basename(p): load(p) for p in sys.argv[2:]}}
D = 2**18
def mat(rows):
    X = np.zeros((len(rows), D), dtype=np.float32)
    for i, r in enumerate(rows):
        for h in feats(r['text'], D): X[i, h] = 1.0
    X /= np.maximum(1, np.sqrt(X.sum(1, keepdims=True)))
    return X
Xtr = mat(train); ytr = np.array([1.0 if r['label']=='generic-rejection' else 0.0 for r in train], dtype=np.float32)
w = np.zeros(D, dtype=np.float32); b = 0.0; lam = 1e-5; lr = 4.0
for ep in range(1500):
    z = Xtr @ w + b; p = 1/(1+np.exp(-z)); g = p - ytr
    w -= lr * (Xtr.T @ g / len(ytr) + lam * w); b -= lr * g.mean()
rules = {}
for line in open(sys.argv[1]):
    r = json.loads(line); rules[r['id']] = r['verdict']
def prf(gold, pred):
    tp = sum(1 for g,p in zip(gold,pred) if g and p); fp = sum(1 for g,p in zip(gold,pred) if p and not g); fn = sum(1 for g,p in zip(gold,pred) if g and not p)
    return (tp/(tp+fp) if tp+fp else 1, tp/(tp+fn) if tp+fn else 1)
for name, rows in tests.items():
    X = mat(rows); p = 1/(1+np.exp(-(X @ w + b)))
    gold = [r['label']=='generic-rejection' for r in rows]
    model = [x > 0.5 for x in p]
    rule = [rules.get(r['id']) == 'generic-rejection' for r in rows]
    # hybrid: rules, but a not-rejection becomes generic when the model is very sure
    hyb = [ru or (rules.get(r['id']) == 'not-rejection' and x > 0.9) for ru, r, x in zip(rule, rows, p)]
    print(f"{name:14s} n={len(rows):3d}  model P/R {prf(gold, model)[0]:.3f}/{prf(gold, model)[1]:.3f}   rules P/R {prf(gold, rule)[0]:.3f}/{prf(gold, rule)[1]:.3f}   rules+model(p>0.9) P/R {prf(gold, hyb)[0]:.3f}/{prf(gold, hyb)[1]:.3f}")

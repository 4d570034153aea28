#!/usr/bin/env python3
"""Rebuild the v1-shaped report from a v2 report (routing fields back on the units from the
per-body dockets) and compare it byte for byte with a v1 report.
usage: v1_projection.py REPORT_V2.json REPORT_V1.json"""
import json, sys

def main(v2_path, v1_path):
    floats = []
    def keep_float(s):
        floats.append(s)
        return float(s)
    doc = json.load(open(v2_path, encoding="utf-8"), parse_float=keep_float)
    assert doc["schema_version"] == 2
    doc["schema_version"] = 1
    routing = {}
    for b in doc["bodies"]:
        ids = b.pop("unit_ids")
        body_key, date_key = {
            "safety_recognition": ("recognised_by", "deadline"),
            "movement_classification": ("classified_by", "classification_deadline"),
        }[b["procedure"]]
        for i in ids:
            r = routing.setdefault(i, {})
            assert body_key not in r, i
            r[body_key] = b["body"]
            r[date_key] = b["deadline"]
    for u in doc["units"]:
        r = routing.pop(u["id"], {})
        for k in ("recognised_by", "classified_by", "deadline", "classification_deadline"):
            assert k not in u
            if k in r:
                u[k] = r[k]
    assert not routing, "docket ids that are no unit"
    out = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    want = open(v1_path, "rb").read().rstrip(b"\n")
    print("floats in the report:", len(floats))
    print("v2 report bytes:", len(open(v2_path, "rb").read()), "v1 report bytes:", len(want))
    if out == want:
        print("IDENTICAL: the v1 projection of the v2 report equals the v1 report byte for byte")
        return 0
    at = next(i for i in range(min(len(out), len(want))) if out[i] != want[i]) if out[:len(want)] != want[:len(out)] else min(len(out), len(want))
    print("DIFFERENT at byte", at, out[at-80:at+80], want[at-80:at+80])
    return 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

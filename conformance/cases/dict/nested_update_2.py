config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
config["db"]["port"] = 6543
config["db"].setdefault("user", "admin")
config.setdefault("features", {})["beta"] = True
print(config)
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(config, {"db": {"host": "remote"}, "debug": True, "new": 1}))
print(config["db"]["host"])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)

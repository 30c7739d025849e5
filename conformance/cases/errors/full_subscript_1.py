# expect: full-stderr
# a KeyError from nested subscripts: carets mark the failing subscript
config = {"server": {"host": "localhost", "port": 8080}}
print(config["server"]["host"])
def get_timeout(cfg):
    return cfg["server"]["timeout"] * 2
print(get_timeout(config))

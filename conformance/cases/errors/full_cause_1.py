# expect: full-stderr
# "The above exception was the direct cause of the following exception:"
class StorageError(Exception):
    pass
def read(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise StorageError(f"cannot read {key!r}") from exc
store = {"a": 1}
print(read(store, "a"))
read(store, "b")

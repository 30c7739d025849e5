# expect: full-stderr
# an exception inside a with block propagates after __exit__ runs
class PermissionDenied(Exception):
    pass
class Session:
    def __enter__(self):
        print("open session")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close session, error:", exc_type.__name__ if exc_type else None)
        return False
    def query(self, sql):
        if "DROP" in sql:
            raise PermissionDenied("refusing to run " + sql)
        return ["row"]
with Session() as s:
    print(s.query("SELECT 1"))
    print(s.query("DROP TABLE t"))

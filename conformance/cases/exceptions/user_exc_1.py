# user-defined exceptions with __init__ and __str__
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key {key!r}")
        self.key = key
def check(data):
    if "name" not in data:
        raise NotFound("name")
    if not data["name"]:
        raise ValidationError("name", "must not be empty")
    return "ok"
for data in [{"name": "x"}, {}, {"name": ""}]:
    try:
        print(check(data))
    except ValidationError as e:
        print("validation:", e, "|", repr(e), "|", e.args, e.field)
    except AppError as e:
        print("app error:", e, "|", repr(e), "|", type(e).__name__, e.key)
print(issubclass(ValidationError, Exception), isinstance(NotFound("k"), AppError))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("a")), str(WithRepr("a")), str(WithRepr()))

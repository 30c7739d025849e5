# exception classes with class attributes, keyword arguments and helper methods
class HTTPError(Exception):
    status = 500
    reason = "Internal Server Error"
    def __init__(self, message="", *, status=None):
        super().__init__(message)
        if status is not None:
            self.status = status
    def describe(self):
        text = f"{self.status} {self.reason}"
        return text + (": " + self.args[0] if self.args[0] else "")
class NotFound(HTTPError):
    status = 404
    reason = "Not Found"
for exc in [HTTPError(), NotFound("/missing"), NotFound("/x", status=410), HTTPError("db down")]:
    try:
        raise exc
    except HTTPError as e:
        print(type(e).__name__, e.status, "|", e.describe(), "|", repr(e))
print(NotFound.status, HTTPError.status, NotFound.__mro__[1].__name__)
errors = [NotFound(str(i)) for i in range(3)]
print([e.args for e in errors], errors)

# walking an exception chain the way the traceback printer does
def describe(exc):
    parts = []
    while exc is not None:
        parts.append(f"{type(exc).__name__}: {exc}")
        if exc.__cause__ is not None:
            parts.append("  ^ direct cause")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            parts.append("  ^ raised while handling")
            exc = exc.__context__
        else:
            exc = None
    return parts
def scenario(kind):
    try:
        try:
            {}["config"]
        except KeyError as e:
            if kind == "cause":
                raise RuntimeError("could not load") from e
            if kind == "suppress":
                raise RuntimeError("clean message") from None
            raise RuntimeError("while handling")
    except RuntimeError as final:
        return final
for kind in ["cause", "suppress", "context"]:
    print(kind)
    for line in describe(scenario(kind)):
        print("  " + line)

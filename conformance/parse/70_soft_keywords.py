# Soft keywords and builtin names used as ordinary identifiers.
match = 1
case = 2
_ = 3
type = "shadowed" if False else __builtins__
print(match, case, _)
match_obj = {"match": match}
def match_fn(match, case=None):
    return match, case
class case_cls:
    match = 0
    case = 1
    def _(self):
        return self.match
result = match_fn(match=case, case=match)
match.bit_length() if False else None
match[0] if False else None
match, case = case, match
match += 1
print(match, case, result, case_cls().match, case_cls.case, case_cls()._())
def print_(*args):
    return args
exec_ = print_
print_ (1)
async_ = 1
await_ = 2
nonlocal_ = 3
print(async_, await_, nonlocal_, exec_("x"))
lst = [match for match in range(3)]
match (1 if False else 2)
match(1) if False else None

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
    print(isinstance(e, ImportError))
try:
    from _shapes import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import no_such_module_either

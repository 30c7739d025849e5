"""A script with a main guard and helper functions."""
import sys


def parse_args(argv):
    options = {}
    for arg in argv[1:]:
        if arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            options[key] = value or True
    return options


def run(options):
    verbose = options.get("verbose", False)
    if verbose:
        print("verbose")
    return 0


def main(argv=None):
    if argv is None:
        argv = sys.argv
    options = parse_args(argv)
    try:
        return run(options)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    status = main(["prog", "--verbose", "--name=x"])
    print("exit status", status)
elif __name__ == "other":
    pass
else:
    print("imported")

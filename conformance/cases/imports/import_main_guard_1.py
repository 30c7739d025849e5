import _main_guard
print(_main_guard.GREETING, __name__)
if __name__ == "__main__":
    print("running as main")

"""Prints only when run as a script."""
GREETING = "hello"
if __name__ == "__main__":
    print("never printed on import")
else:
    print("imported as", __name__)

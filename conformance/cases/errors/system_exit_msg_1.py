# raise SystemExit("msg") prints the message and exits with status 1
def main(args):
    if not args:
        raise SystemExit("usage: prog FILE")
    return len(args)
print(main(["a", "b"]))
print("second call")
main([])

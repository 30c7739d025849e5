# an exception raised while handling another: "During handling..."
def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"bad port {text!r}")
print(parse_port("8080"))
print(parse_port("80"))
print(parse_port("http"))

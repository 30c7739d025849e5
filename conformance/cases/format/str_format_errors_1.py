tests = ["{", "}", "{0} {}", "{} {0}", "{2}", "{x}", "{0[5]}", "{0.nope}", "{!z}", "{:abc}", "{0:{1:{2}}}", "{0!r:>{1}}"]
for t in tests:
    try:
        print(repr(t.format([1])))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
    except IndexError as e:
        print(repr(t), "IndexError:", e)
    except KeyError as e:
        print(repr(t), "KeyError:", e)
    except AttributeError as e:
        print(repr(t), "AttributeError:", e)
    except TypeError as e:
        print(repr(t), "TypeError:", e)

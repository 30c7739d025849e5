// Cases and expected outputs generated from CPython 3.11 (PYTHONHASHSEED=0).
import { checkCases } from "./_test_eval.ts";

const CASES: [string, string][] = [
  [
    "repr(None), repr(NotImplemented), repr(Ellipsis), repr(True), repr(1), repr(1.5), repr('a'), repr(b'a'), repr(bytearray(b'a'))",
    "('None', 'NotImplemented', 'Ellipsis', 'True', '1', '1.5', \"'a'\", \"b'a'\", \"bytearray(b'a')\")",
  ],
  [
    "repr([1, (2,), {3: {4}}, frozenset({5})]), repr(()), repr(set()), repr(frozenset()), repr({}), repr(range(3)), repr(slice(1, None, 2))",
    "('[1, (2,), {3: {4}}, frozenset({5})]', '()', 'set()', 'frozenset()', '{}', 'range(0, 3)', 'slice(1, None, 2)')",
  ],
  [
    "repr(iter([])), repr(iter(())), repr(iter('ab')), repr(iter('\\u1234')), repr(iter({})), repr(iter({}.values())), repr(iter({}.items())), repr(iter(set())), repr(iter(range(3))), repr(iter(range(10**20)))",
    "('<list_iterator object at 0x?>', '<tuple_iterator object at 0x?>', '<str_ascii_iterator object at 0x?>', '<str_iterator object at 0x?>', '<dict_keyiterator object at 0x?>', '<dict_valueiterator object at 0x?>', '<dict_itemiterator object at 0x?>', '<set_iterator object at 0x?>', '<range_iterator object at 0x?>', '<longrange_iterator object at 0x?>')",
  ],
  [
    "repr(reversed([])), repr(reversed(())), repr(reversed({})), repr(reversed({}.items())), repr(reversed(range(2))), repr(iter(b'')), repr(iter(bytearray()))",
    "('<list_reverseiterator object at 0x?>', '<reversed object at 0x?>', '<dict_reversekeyiterator object at 0x?>', '<dict_reverseitemiterator object at 0x?>', '<range_iterator object at 0x?>', '<bytes_iterator object at 0x?>', '<bytearray_iterator object at 0x?>')",
  ],
  [
    "repr(enumerate([])), repr(zip()), repr(map(str, [])), repr(filter(None, [])), repr(iter(lambda: 0, 1))",
    "('<enumerate object at 0x?>', '<zip object at 0x?>', '<map object at 0x?>', '<filter object at 0x?>', '<callable_iterator object at 0x?>')",
  ],
  [
    "repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), repr({1: 2}.keys().mapping), repr(type.__dict__['__name__'])",
    "('dict_keys([])', 'dict_values([2])', 'dict_items([(1, 2)])', 'mappingproxy({1: 2})', \"<attribute '__name__' of 'type' objects>\")",
  ],
  [
    "repr(int), repr(type), repr(object), repr(ValueError), repr(type(None)), repr(type(...)), repr(type(NotImplemented)), repr(type(iter([])))",
    "(\"<class 'int'>\", \"<class 'type'>\", \"<class 'object'>\", \"<class 'ValueError'>\", \"<class 'NoneType'>\", \"<class 'ellipsis'>\", \"<class 'NotImplementedType'>\", \"<class 'list_iterator'>\")",
  ],
  [
    "repr(len), repr(print), repr([].append), repr((1).__add__), repr(int.__add__), repr(list.append), repr(dict.fromkeys), repr(dict.__dict__['fromkeys']), repr(int.__new__), repr(object.__init__), repr(object().__init__)",
    "('<built-in function len>', '<built-in function print>', '<built-in method append of list object at 0x?>', \"<method-wrapper '__add__' of int object at 0x?>\", \"<slot wrapper '__add__' of 'int' objects>\", \"<method 'append' of 'list' objects>\", '<built-in method fromkeys of type object at 0x?>', \"<method 'fromkeys' of 'dict' objects>\", '<built-in method __new__ of type object at 0x?>', \"<slot wrapper '__init__' of 'object' objects>\", \"<method-wrapper '__init__' of object object at 0x?>\")",
  ],
  [
    "repr(int.real), repr(str.maketrans), repr(object.__init_subclass__)",
    "(\"<attribute 'real' of 'int' objects>\", '<built-in method maketrans of type object at 0x?>', '<built-in method __init_subclass__ of type object at 0x?>')",
  ],
  [
    "repr(lambda: 0), repr(property(None)), repr(classmethod(len)), repr(staticmethod(len)), repr(super(int, 1))",
    "('<function <lambda> at 0x?>', '<property object at 0x?>', '<classmethod(<built-in function len>)>', '<staticmethod(<built-in function len>)>', \"<super: <class 'int'>, <int object>>\")",
  ],
  [
    "repr(type('C', (), {'__slots__': ('a',)}).a), repr(type('C', (), {})), repr(type('C', (), {})()), repr(type('C', (), {'f': lambda s: 0})().f), repr(type('C', (), {'f': lambda s: 0}).f)",
    "(\"<member 'a' of 'C' objects>\", \"<class '__main__.C'>\", '<__main__.C object at 0x?>', '<bound method <lambda> of <__main__.C object at 0x?>>', '<function <lambda> at 0x?>')",
  ],
  [
    "repr(list[int]), repr(dict[str, list[int]]), repr(int | None | str), repr(type('C', (), {}) | int)",
    "('list[int]', 'dict[str, list[int]]', 'int | None | str', '__main__.C | int')",
  ],
  [
    "repr(ValueError('a')), repr(KeyError(1, 2)), repr(StopIteration()), repr(Exception(Exception('x')))",
    "(\"ValueError('a')\", 'KeyError(1, 2)', 'StopIteration()', \"Exception(Exception('x'))\")",
  ],
  [
    "repr(object()), repr(1e16), repr(1e-5), repr(-0.0), repr(float('inf')), repr(float('-inf')), repr(float('nan')), repr(2**64), repr(-2**64)",
    "('<object object at 0x?>', '1e+16', '1e-05', '-0.0', 'inf', '-inf', 'nan', '18446744073709551616', '-18446744073709551616')",
  ],
  [
    "repr('\\n\\t\\\\\\''), repr(\"'\"), repr('\"'), repr('\\'\"'), repr('\\x7f\\x80\\xa0\\xad'), repr('\\U0001F600'), repr('\\u200b'), repr('é')",
    "('\"\\\\n\\\\t\\\\\\\\\\'\"', '\"\\'\"', '\\'\"\\'', '\\'\\\\\\'\"\\'', \"'\\\\x7f\\\\x80\\\\xa0\\\\xad'\", \"'😀'\", \"'\\\\u200b'\", \"'é'\")",
  ],
  [
    "repr(b'\\n\\t\\\\\\''), repr(b\"'\"), repr(b'\\'\"'), repr(b'\\x7f\\x80')",
    "('b\"\\\\n\\\\t\\\\\\\\\\'\"', 'b\"\\'\"', 'b\\'\\\\\\'\"\\'', \"b'\\\\x7f\\\\x80'\")",
  ],
  [
    "str(ValueError('a')), str(1.5), str(b'x'), str(None), str([None]), str((1,)), str({'a': 'b'})",
    "('a', '1.5', \"b'x'\", 'None', '[None]', '(1,)', \"{'a': 'b'}\")",
  ],
];

Deno.test("reprs of every built-in type as CPython", () => checkCases(CASES));

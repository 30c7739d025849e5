class A:
    return 'héllo wörld'

# uncaught UnboundLocalError: assignment later in the function makes the name local
counter = 0
def increment():
    print("incrementing from", counter)
    counter = counter + 1
    return counter
print("counter is", counter)
increment()

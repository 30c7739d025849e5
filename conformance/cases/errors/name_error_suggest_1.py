# uncaught NameError with a "Did you mean" suggestion
message_text = "hello"
print(message_text)
print(len(message_text))
print(mesage_text)

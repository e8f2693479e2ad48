print("newsq")

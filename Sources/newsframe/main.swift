import NewsFrameCLI

NewsFrameCommand.main()

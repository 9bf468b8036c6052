import NewsFrameCore

/// Entity phrases are keyed by token texts.
typealias TokenTrie = PhraseTrie<String>

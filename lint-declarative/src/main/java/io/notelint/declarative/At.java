package io.notelint.declarative;

import io.notelint.core.files.LocatedTree;

/** A place in a rule file (a key path such as {@code rules[1].when[0]}), for errors about a value that is not a mapping. */
record At(LocatedTree tree, String path) {

    RuleFileException error(String problem) {
        return new RuleFileException(Node.where(tree, path), path, problem);
    }

    At item(int index) {
        return new At(tree, path + "[" + index + "]");
    }

    At key(String key) {
        return new At(tree, path.isEmpty() ? key : path + "." + key);
    }
}

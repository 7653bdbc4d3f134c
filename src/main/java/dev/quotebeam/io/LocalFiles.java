package dev.quotebeam.io;

import dev.quotebeam.model.Reject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands a local glob ({@code dir/**}, {@code dir/*.warc.gz}, a single file) into files, safely: symbolic links
 * are followed, but a link that loops back into a folder being walked is reported once as a reject
 * ({@code symlink_loop}) instead of being walked forever, and dangling links or unreadable entries become
 * {@code unreadable} rejects rather than vanishing. Files come out in sorted order.
 *
 * <p>Glob syntax is {@link java.nio.file.FileSystem#getPathMatcher} "glob:" on the absolute path ({@code **}
 * crosses folders, {@code *} does not). Thread-safe.
 */
public final class LocalFiles implements Serializable {
  private LocalFiles() {}

  /** True for patterns this class handles: no URI scheme such as {@code gs://} or {@code hdfs://}. */
  public static boolean isLocal(String pattern) {
    return !pattern.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  }

  /** True when the pattern matches at least one readable file; stops walking at the first. */
  public static boolean anyFile(String pattern) throws IOException {
    boolean[] found = {false};
    walk(pattern, f -> found[0] = true, r -> {}, true);
    return found[0];
  }

  /** Every file the pattern matches, in sorted order; loops, dangling links and unreadable entries as rejects. */
  public static void match(String pattern, Consumer<Path> files, Consumer<Reject> rejects) throws IOException {
    walk(pattern, files, rejects, false);
  }

  private static void walk(String pattern, Consumer<Path> files, Consumer<Reject> rejects, boolean firstOnly)
      throws IOException {
    Path absolute = Path.of(pattern).toAbsolutePath().normalize();
    Path root = globRoot(absolute);
    if (root.equals(absolute)) {
      visit(absolute, files, rejects);
      return;
    }
    if (!Files.isDirectory(root)) {
      return;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute.toString().replace("\\", "\\\\"));
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (matcher.matches(file)) {
              found.add(file);
              if (firstOnly && Files.isRegularFile(file)) {
                return FileVisitResult.TERMINATE;
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              rejects.accept(Reject.of(file.toString(), DocumentReader.STAGE, "symlink_loop", "link leads back into " + e.getMessage()));
            } else if (matcher.matches(file)) {
              rejects.accept(Reject.of(file.toString(), DocumentReader.STAGE, "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    for (Path f : found) {
      visit(f, files, rejects);
    }
  }

  private static void visit(Path file, Consumer<Path> files, Consumer<Reject> rejects) {
    if (Files.isRegularFile(file) && Files.isReadable(file)) {
      files.accept(file);
    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      rejects.accept(Reject.of(file.toString(), DocumentReader.STAGE, "unreadable", "dangling symbolic link"));
    } else if (!Files.isDirectory(file)) {
      rejects.accept(Reject.of(file.toString(), DocumentReader.STAGE, "unreadable", "not a readable regular file"));
    }
  }

  /** The deepest folder of a pattern without glob characters. */
  static Path globRoot(Path absolute) {
    Path root = absolute.getRoot();
    for (Path part : absolute) {
      String s = part.toString();
      if (s.contains("*") || s.contains("?") || s.contains("[") || s.contains("{")) {
        return root;
      }
      root = root.resolve(part);
    }
    return root;
  }
}

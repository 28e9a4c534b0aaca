// Minimal reproduction of the RE2/J case-folding loop (RE2/J 1.8, any JDK with Unicode 9 or later).
//   javac -cp re2j-1.8.jar Re2jFoldLoop.java && java -cp re2j-1.8.jar:. Re2jFoldLoop
// Prints the simpleFold orbit of U+1C80 (it never comes back to U+1C80), then compiles (?i)\x{1c80},
// which never returns. Kept out of the build on purpose: it hangs by design.
import com.google.re2j.Pattern;
import java.lang.reflect.Method;

public class Re2jFoldLoop {
    public static void main(String[] args) throws Exception {
        Method simpleFold = Class.forName("com.google.re2j.Unicode").getDeclaredMethod("simpleFold", int.class);
        simpleFold.setAccessible(true);
        StringBuilder orbit = new StringBuilder("U+1C80");
        int r = 0x1C80;
        for (int i = 0; i < 6; i++) {
            r = (int) simpleFold.invoke(null, r);
            orbit.append(String.format(" -> U+%04X", r));
        }
        System.out.println(orbit); // U+1C80 -> U+0412 -> U+0432 -> U+0412 -> U+0432 -> ...
        System.out.println("compiling (?i)\\x{1c80} ...");
        Pattern.compile("(?i)\\x{1c80}"); // never returns
        System.out.println("compiled (the bug is fixed in this RE2/J)");
    }
}

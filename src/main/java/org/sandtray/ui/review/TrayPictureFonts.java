package org.sandtray.ui.review;

import javafx.scene.text.Font;

import java.util.List;

/** Canvas text does not follow the stylesheet: the same Chinese-first font list, or Chinese names draw as boxes. */
final class TrayPictureFonts {
    static final String FAMILY = chineseFamily();

    private TrayPictureFonts() {}

    private static String chineseFamily() {
        List<String> present = Font.getFamilies();
        for (String family : List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")) {
            if (present.contains(family)) return family;
        }
        return null;
    }
}

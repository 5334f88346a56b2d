package org.sandtray.demo;

import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;

import java.util.List;

/**
 * What happens in the demo library: the club's members, four group sessions played turn by
 * turn and two individual sessions, with the titles and stories the makers gave.
 */
final class DemoScript {
    private DemoScript() {}

    /** A demo pupil. */
    record Pupil(String code, String name, String grade, String className, boolean photoConsent) {}

    /** One step of a session: a turn and, for place/set/move, the figure and where it ends up. */
    record Step(String student, TurnAction action, String figure, TrayPoint at, String note) {
        static Step place(String student, String figure, double x, double y) {
            return new Step(student, TurnAction.PLACE, figure, new TrayPoint(x, y), null);
        }

        static Step move(String student, String figure, double x, double y) {
            return new Step(student, TurnAction.MOVE, figure, new TrayPoint(x, y), null);
        }

        static Step pass(String student) {
            return new Step(student, TurnAction.PASS, null, null, null);
        }

        static Step sand(String student, String note) {
            return new Step(student, TurnAction.SAND, null, null, note);
        }

        static Step adjust(String student, String figure, double x, double y) {
            return new Step(student, TurnAction.ADJUST, figure, new TrayPoint(x, y), null);
        }
    }

    /** A session of the script. */
    record Play(String title, String story, String observations, String themes, List<String> order, List<Step> steps) {}

    static final String GROUP = "沙盘世界社团";

    static final List<Pupil> CLUB = List.of(
            new Pupil("D01", "王小明", "五年级", "3班", true),
            new Pupil("D02", "李雨桐", "五年级", "3班", true),
            new Pupil("D03", "张子涵", "五年级", "1班", true),
            new Pupil("D04", "陈浩然", "六年级", "2班", true),
            new Pupil("D05", "刘欣怡", "六年级", "2班", false),
            new Pupil("D06", "赵一鸣", "六年级", "4班", true));

    static final List<Pupil> ALONE = List.of(
            new Pupil("D07", "孙悦", "五年级", "2班", true),
            new Pupil("D08", "周天宇", "六年级", "1班", true));

    static List<Play> groupSessions() {
        List<String> order1 = List.of("D03", "D01", "D05", "D02", "D06", "D04");
        List<String> order2 = List.of("D02", "D04", "D06", "D01", "D03", "D05");
        List<String> order3 = List.of("D06", "D05", "D04", "D03", "D02", "D01");
        List<String> order4 = List.of("D01", "D02", "D03", "D04", "D05", "D06");
        return List.of(
                new Play("森林里的家", "一群小动物在森林里安了家，小桥连着河的两岸。", "团体首次合作，放置集中在沙盘上半部，与初次相识的谨慎相符。",
                        "家；连接", order1, List.of(
                        Step.place("D03", "松树", 0.22, 0.25), Step.place("D01", "房子", 0.50, 0.30),
                        Step.place("D05", "兔子", 0.35, 0.55), Step.sand("D02", "挖了一条河"),
                        Step.place("D06", "小桥", 0.62, 0.52), Step.pass("D04"),
                        Step.place("D03", "长颈鹿", 0.28, 0.62), Step.place("D01", "栅栏", 0.72, 0.30),
                        Step.move("D05", "兔子", 0.40, 0.70), Step.place("D02", "花", 0.15, 0.80),
                        Step.place("D06", "老虎", 0.85, 0.78), Step.adjust("D04", "老虎", 0.80, 0.85))),
                new Play("勇士和龙", "龙守着宝箱，勇士们商量着怎样把宝藏带回村子。", "冲突主题出现，多名成员围绕中央区域放置，与合作解决问题的愿望相符。",
                        "冲突；合作", order2, List.of(
                        Step.place("D02", "龙", 0.50, 0.50), Step.place("D04", "宝箱", 0.55, 0.62),
                        Step.place("D06", "士兵", 0.20, 0.40), Step.place("D01", "城堡", 0.80, 0.20),
                        Step.pass("D03"), Step.place("D05", "仙女", 0.78, 0.32),
                        Step.move("D02", "龙", 0.45, 0.58), Step.place("D04", "马", 0.25, 0.50),
                        Step.place("D06", "松树", 0.12, 0.15), Step.place("D01", "小桥", 0.65, 0.45),
                        Step.place("D03", "蛇", 0.40, 0.85), Step.adjust("D05", null, 0, 0))),
                new Play("海边的一天", "大家去海边玩，有人在沙滩上堆城堡，有船从远处开来。", "空间利用更均衡，出现了水与交通工具，与团体关系放松相符。",
                        "旅行；放松", order3, List.of(
                        Step.sand("D06", "堆出海岸线"), Step.place("D05", "船", 0.20, 0.20),
                        Step.place("D04", "贝壳", 0.60, 0.80), Step.place("D03", "女孩", 0.45, 0.70),
                        Step.place("D02", "男孩", 0.52, 0.72), Step.place("D01", "汽车", 0.85, 0.85),
                        Step.place("D06", "灯塔", 0.10, 0.45), Step.pass("D05"),
                        Step.move("D04", "船", 0.30, 0.25), Step.place("D03", "石头", 0.70, 0.60),
                        Step.place("D02", "鱼", 0.25, 0.35), Step.adjust("D01", null, 0, 0))),
                new Play("我们的学校", "学校里有操场、老师和同学，还有一棵很老的大树。", "以学校为主题，成员各自放置代表自己的人物，与团体认同增强相符。",
                        "归属；成长", order4, List.of(
                        Step.place("D01", "学校", 0.50, 0.22), Step.place("D02", "老师", 0.45, 0.40),
                        Step.place("D03", "松树", 0.15, 0.20), Step.place("D04", "男孩", 0.60, 0.60),
                        Step.place("D05", "女孩", 0.40, 0.62), Step.place("D06", "栅栏", 0.50, 0.90),
                        Step.move("D01", "老师", 0.50, 0.48), Step.pass("D02"),
                        Step.place("D03", "花", 0.20, 0.75), Step.place("D04", "狗", 0.75, 0.70),
                        Step.place("D05", "房子", 0.85, 0.30), Step.adjust("D06", "栅栏", 0.50, 0.95))));
    }

    static List<Play> individualSessions() {
        return List.of(
                new Play("我的房间", "这是我的房间，猫在窗边睡觉。", "沙具集中在右下角，与需要安全的小空间相符。", "安全",
                        List.of("D07"), List.of(
                        Step.place("D07", "房子", 0.75, 0.70), Step.place("D07", "猫", 0.80, 0.80),
                        Step.place("D07", "栅栏", 0.60, 0.75), Step.move("D07", "猫", 0.70, 0.82))),
                new Play("赛车比赛", "赛车在跑道上比赛，最后一辆车赢了。", "动态主题，跑道横贯沙盘，与精力充沛的表达相符。", "竞争；力量",
                        List.of("D08"), List.of(
                        Step.sand("D08", "画出跑道"), Step.place("D08", "汽车", 0.20, 0.50),
                        Step.place("D08", "卡车", 0.35, 0.52), Step.move("D08", "汽车", 0.80, 0.50))));
    }
}

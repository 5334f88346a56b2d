package org.sandtray.cli;

import com.github.sarxos.webcam.Webcam;
import org.sandtray.capture.FrameSourceDevice;
import org.sandtray.capture.SandtrayWebcamDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code cameras}: the sources found, through Webcam Capture's API with our driver. */
@Command(name = "cameras", description = "List the camera sources found, with their resolutions.")
final class CamerasCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--probe", description = "Open each webcam briefly and report the size of its frames.")
    boolean probe;

    @Override
    public Integer call() {
        List<Map<String, Object>> found = new ArrayList<>();
        Webcam.setDriver(new SandtrayWebcamDriver(true));
        try {
            for (Webcam webcam : Webcam.getWebcams(10_000)) {
                Map<String, Object> m = new LinkedHashMap<>();
                String name = webcam.getName();
                // a Linux node is named by its path; a Windows or macOS camera by the name the OS lists
                m.put("source", org.sandtray.capture.CameraList.specOf(name));
                m.put("resolutions", Arrays.stream(webcam.getViewSizes()).map(CamerasCommand::size).toList());
                if (probe && !name.equals("demo")) m.put("opened", probe(webcam));
                found.add(m);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new CommandFailed("cameras.tooSlow");
        } finally {
            Webcam.resetDriver();
        }
        new Output(spec.commandLine().getOut()).json(found);
        if (found.stream().noneMatch(m -> !"demo".equals(m.get("source")))) {
            spec.commandLine().getErr().println(((SandtrayCommand) spec.root().userObject()).text().get("cameras.noneFound"));
        }
        return 0;
    }

    private static String probe(Webcam webcam) {
        FrameSourceDevice device = (FrameSourceDevice) webcam.getDevice();
        try {
            device.open();
            return device.source().width() + "x" + device.source().height();
        } catch (com.github.sarxos.webcam.WebcamException e) {
            // the driver wraps our CameraException: say it as the rest of the command line does
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.sandtray.domain.Explained x) return "error: " + x.problem().english();
            }
            return "error: " + e.getMessage();
        } finally {
            device.close();
        }
    }

    private static String size(Dimension d) {
        return d.width + "x" + d.height;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Berth
import Berth.Backend

/// The run dialog as a user fills it: the docker command it previews for a table of inputs, and
/// the messages it shows beside a field that is wrong (before anything is sent).
Item {
    id: top
    width: 900
    height: 760

    RunContainerDialog {
        id: dialog
        parent: top
    }

    TestCase {
        name: "RunDialog"
        when: windowShown

        function field(name) {
            const found = findChild(dialog.contentItem, name)
            verify(found !== null, "no item " + name)
            return found
        }
        /// Types @p text into the named field, as keys.
        function typeInto(name, text) {
            const item = field(name)
            // An editable combo box takes its typing in its text field.
            const input = item.editable !== undefined && item.contentItem ? item.contentItem : item
            input.forceActiveFocus()
            if (/^[\x20-\x7e]*$/.test(text)) {
                for (let i = 0; i < text.length; ++i)
                    keyClick(text[i])
            } else {
                // Keys can only be ASCII here: other text is pasted, as a user would.
                Actions.copyToClipboard(text)
                keySequence(StandardKey.Paste)
            }
        }
        function init() {
            dialog.openFor("")
            tryCompare(dialog, "opened", true)
        }
        function cleanup() {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function test_preview_data() {
            return [
                { tag: "an image", fields: { runImage: "nginx" }, command: "docker run -d nginx" },
                { tag: "name, port, volume", fields: { runImage: "nginx", runName: "web", runPorts: "8080:80",
                                                       runVolumes: "data:/usr/share/nginx/html" },
                  command: "docker run -d --name web -p 8080:80 -v data:/usr/share/nginx/html nginx" },
                { tag: "spaces and quotes", fields: { runImage: "busybox", runEnvironment: "GREETING=hello world",
                                                      runCommand: "sh -c 'echo $GREETING'" },
                  command: "docker run -d -e 'GREETING=hello world' busybox sh -c 'echo $GREETING'" },
                { tag: "Cyrillic", fields: { runImage: "busybox", runEnvironment: "GREETING=привет мир",
                                             runCommand: "echo Жук" },
                  command: "docker run -d -e 'GREETING=привет мир' busybox echo Жук" },
            ]
        }
        function test_preview(data) {
            for (const name in data.fields)
                typeInto(name, data.fields[name])
            tryCompare(field("runPreview"), "text", data.command)
            compare(field("runConfirm").enabled, true)
        }

        function test_problems_data() {
            return [
                { tag: "no image", fields: { runName: "web" }, problemField: "imageField" },
                { tag: "a port that is not one", fields: { runImage: "nginx", runPorts: "80800:80" },
                  problemField: "portsField" },
                { tag: "a name docker refuses", fields: { runImage: "nginx", runName: "my web" },
                  problemField: "nameField" },
                { tag: "a variable name a shell cannot use", fields: { runImage: "nginx", runEnvironment: "ПРИВЕТ=мир" },
                  problemField: "envField" },
                { tag: "memory without a unit it knows", fields: { runImage: "nginx" }, memory: "12 parsecs",
                  problemField: "memoryField" },
            ]
        }
        function test_problems(data) {
            for (const name in data.fields)
                typeInto(name, data.fields[name])
            if (data.memory)
                typeInto("runMemory", data.memory)
            const problem = field(data.problemField + "Problem")
            tryCompare(problem, "visible", true)
            verify(problem.text.length > 10, "a message that says what to do: " + problem.text)
            compare(field("runConfirm").enabled, false, "nothing can be sent while a field is wrong")
        }
    }
}

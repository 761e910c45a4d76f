// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Berth
import Berth.Backend

/// Every long operation: progress, speed, cancel, how it ended and why.
Page {
    id: root
    objectName: "jobsPage"
    title: qsTr("Jobs")

    ListView {
        id: list
        objectName: "jobList"
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        spacing: 6
        model: Actions.jobs
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Jobs")
        delegate: Frame {
            id: row
            required property Job job
            required property string title
            required property string command
            required property int state
            required property double fraction
            required property double done
            required property double speed
            required property string detail
            required property string errorString
            required property var parts
            width: ListView.view.width
            Accessible.role: Accessible.ListItem
            Accessible.name: row.title + ", " + stateText.text
            ColumnLayout {
                anchors.fill: parent
                RowLayout {
                    Label {
                        text: row.title
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        id: stateText
                        text: [qsTr("Waiting"), qsTr("Running"), qsTr("Done"), qsTr("Failed"), qsTr("Cancelled")][row.state]
                        color: row.state === Job.Failed ? "#a4262c" : palette.text
                    }
                    Button {
                        objectName: "cancelJob"
                        icon.source: "qrc:/icons/process-stop-symbolic.svg"
                        icon.color: palette.buttonText
                        text: qsTr("Cancel")
                        visible: row.state === Job.Running || row.state === Job.Queued
                        onClicked: row.job.cancel()
                        Accessible.name: qsTr("Cancel %1").arg(row.title)
                    }
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: row.state === Job.Running
                    indeterminate: row.fraction < 0
                    value: Math.max(0, row.fraction)
                }
                Label {
                    text: row.state === Job.Running
                          ? Format.size(row.done, Format.language) + " · " + Format.size(row.speed, Format.language) + qsTr("/s") + " · " + row.detail
                          : row.errorString.length > 0 ? row.errorString : row.detail
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                // Each part (a pull's layers): its id, the engine's word for it, and its own bar.
                ColumnLayout {
                    objectName: "jobParts"
                    visible: row.parts.length > 0 && row.state === Job.Running
                    spacing: 2
                    Layout.fillWidth: true
                    Repeater {
                        model: row.parts
                        delegate: RowLayout {
                            id: part
                            required property var modelData
                            spacing: 12
                            Layout.fillWidth: true
                            Accessible.role: Accessible.ListItem
                            Accessible.name: part.modelData.name + ", " + part.modelData.status
                            Label {
                                text: part.modelData.name
                                font.family: "monospace"
                                opacity: 0.8
                            }
                            Label {
                                text: part.modelData.status
                                elide: Text.ElideRight
                                property bool berthElidable: true // a name, path or command of any length
                                Layout.preferredWidth: 140
                            }
                            ProgressBar {
                                indeterminate: part.modelData.fraction < 0 && part.modelData.status !== "Waiting"
                                value: Math.max(0, part.modelData.fraction)
                                Layout.fillWidth: true
                            }
                            Label {
                                text: part.modelData.total > 0
                                      ? Format.size(part.modelData.done, Format.language) + " / " + Format.size(part.modelData.total, Format.language) : ""
                                opacity: 0.8
                                Layout.preferredWidth: 150
                            }
                        }
                    }
                }
                CommandBlock {
                    text: row.command
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The same docker command: %1").arg(text)
                }
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No jobs yet. Pulls and other long operations appear here with their progress.")
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal emulator's feed (program output), in pieces, with a resize and a read of the screen.
#include "fuzzinput.h"
#include "terminal/terminalemulator.h"

#include <QPoint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzPieces input(data, size);
    TerminalEmulator terminal(24, 80);
    int pieces = 0;
    input.forEach([&](QByteArrayView piece) {
        terminal.feed(piece);
        if (++pieces == 3 && size > 1) // a resize mid-stream, as a window drag does
            terminal.resize(1 + data[1] % 60, 1 + data[size - 1] % 200);
    });
    for (int row = -terminal.scrollbackLines(); row < terminal.rows(); ++row)
        (void)terminal.lineText(row);
    (void)terminal.text(QPoint(0, 0), QPoint(terminal.columns() - 1, terminal.rows() - 1));
    (void)terminal.cell(terminal.cursor().y(), terminal.cursor().x());
    terminal.paste(QString::fromUtf8(input.all().toByteArray()));
    return 0;
}

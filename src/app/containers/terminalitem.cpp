// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/containers/terminalitem.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPainter>

TerminalItem::TerminalItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_font.setStyleHint(QFont::Monospace);
    m_font.setPixelSize(14);
    setFlag(ItemAcceptsInputMethod, true);
    setFlag(ItemIsFocusScope, false);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::MiddleButton);
    setActiveFocusOnTab(true);
    setOpaquePainting(true);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(RepaintMs);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        m_lastRepaint.start();
        update();
    });
    measure();
}

void TerminalItem::scheduleRepaint()
{
    // At most one frame every RepaintMs while a program floods the screen: the eye reads no
    // more, and each frame costs the GUI thread a pass over every cell.
    // A key's echo shows at once; only what comes within RepaintMs of the last frame waits.
    // While output comes faster than it is shown (`cat` of a big file), frames are fewer still:
    // on a software-rendered desktop each costs the processor the engine needs to send the rest.
    if (m_repaint.isActive())
        return;
    const int interval = m_session && m_session->flooding() ? FloodRepaintMs : RepaintMs;
    const qint64 since = m_lastRepaint.isValid() ? m_lastRepaint.elapsed() : interval;
    if (since >= interval) {
        m_lastRepaint.start();
        update();
    } else {
        m_repaint.start(int(interval - since));
    }
}

TerminalEmulator *TerminalItem::emulator() const
{
    return m_session ? m_session->emulator() : nullptr;
}

void TerminalItem::setSession(TerminalSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->emulator()->disconnect(this);
    m_session = session;
    m_scrolledBack = 0;
    m_selectionFrom = m_selectionTo = QPoint();
    if (m_session) {
        connect(m_session->emulator(), &TerminalEmulator::changed, this, &TerminalItem::scheduleRepaint);
        sendSize();
    }
    Q_EMIT sessionChanged();
    update();
}

void TerminalItem::setForeground(const QColor &colour)
{
    if (m_foreground == colour)
        return;
    m_foreground = colour;
    Q_EMIT coloursChanged();
    update();
}

void TerminalItem::setBackground(const QColor &colour)
{
    if (m_background == colour)
        return;
    m_background = colour;
    setFillColor(colour);
    Q_EMIT coloursChanged();
    update();
}

void TerminalItem::setFontPixelSize(int size)
{
    if (size <= 0 || size == m_font.pixelSize())
        return;
    m_font.setPixelSize(size);
    measure();
    sendSize();
    Q_EMIT fontChanged();
    update();
}

void TerminalItem::measure()
{
    const QFontMetricsF metrics(m_font);
    m_cellWidth = qMax<qreal>(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax<qreal>(1, qCeil(metrics.height()));
    m_ascent = metrics.ascent();
}

int TerminalItem::rows() const
{
    return qMax(1, int(height() / m_cellHeight));
}

int TerminalItem::columns() const
{
    return qMax(1, int(width() / m_cellWidth));
}

void TerminalItem::sendSize()
{
    if (m_session && width() > 0 && height() > 0)
        m_session->resize(rows(), columns());
    Q_EMIT gridChanged();
}

void TerminalItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        sendSize();
}

void TerminalItem::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), m_background);
    TerminalEmulator *t = emulator();
    if (!t)
        return;
    const int shownRows = qMin(rows(), t->rows());
    // Text in runs of one style: a few drawText calls a row, not one a cell.
    struct Style
    {
        QColor fg;
        bool bold = false, italic = false, underline = false, strike = false;
        bool operator==(const Style &o) const
        {
            return fg == o.fg && bold == o.bold && italic == o.italic && underline == o.underline
                && strike == o.strike;
        }
    };
    auto draw = [&](const QString &text, qreal x, qreal y, const Style &style) {
        if (text.trimmed().isEmpty())
            return;
        QFont font = m_font;
        font.setBold(style.bold);
        font.setItalic(style.italic);
        font.setUnderline(style.underline);
        font.setStrikeOut(style.strike);
        painter->setFont(font);
        painter->setPen(style.fg);
        painter->drawText(QPointF(x, y + m_ascent), text);
    };
    for (int i = 0; i < shownRows; ++i) {
        const int row = i - m_scrolledBack;
        const qreal y = i * m_cellHeight;
        QString run;
        qreal runX = 0;
        Style runStyle;
        int column = 0;
        while (column < t->columns()) {
            const TerminalEmulator::Cell cell = t->cell(row, column);
            QColor fg = cell.defaultForeground ? m_foreground : QColor::fromRgb(cell.foreground);
            QColor bg = cell.defaultBackground ? m_background : QColor::fromRgb(cell.background);
            if (cell.inverse)
                std::swap(fg, bg);
            const int span = qMax(1, cell.width);
            const QRectF box(column * m_cellWidth, y, span * m_cellWidth, m_cellHeight);
            if (bg != m_background)
                painter->fillRect(box, bg);
            if (selected(row, column))
                painter->fillRect(box, m_selectionColour);
            const Style style {fg, cell.bold, cell.italic, cell.underline, cell.strike};
            const QString text = cell.text.isEmpty() ? QStringLiteral(" ") : cell.text;
            if (span != 1) { // a wide character on its own: its advance is not the font's
                draw(run, runX, y, runStyle);
                run.clear();
                draw(text, box.left(), y, style);
            } else if (!run.isEmpty() && style == runStyle) {
                run += text;
            } else {
                draw(run, runX, y, runStyle);
                run = text;
                runX = box.left();
                runStyle = style;
            }
            column += span;
        }
        draw(run, runX, y, runStyle);
    }
    // The cursor: a block when typing goes here, an outline otherwise.
    if (m_scrolledBack == 0 && t->cursorVisible() && m_session
        && m_session->state() == TerminalSession::Running) {
        const QRectF box(
            t->cursor().x() * m_cellWidth, t->cursor().y() * m_cellHeight, m_cellWidth, m_cellHeight);
        if (hasActiveFocus()) {
            QColor c = m_foreground;
            c.setAlpha(150);
            painter->fillRect(box, c);
        } else {
            painter->setPen(m_foreground);
            painter->drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
}

void TerminalItem::keyPressEvent(QKeyEvent *event)
{
    TerminalEmulator *t = emulator();
    if (!t) {
        event->ignore();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrl = mods & Qt::ControlModifier;
    const bool shift = mods & Qt::ShiftModifier;
    // Copy and paste as in desktop terminals: Ctrl+C stays the program's interrupt.
    if (ctrl && shift && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if ((ctrl && shift && event->key() == Qt::Key_V) || (shift && event->key() == Qt::Key_Insert)) {
        paste();
        return;
    }
    if (shift && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        scrollBy(event->key() == Qt::Key_PageUp ? rows() / 2 : -rows() / 2);
        return;
    }
    int m = TerminalEmulator::NoModifier;
    if (shift)
        m |= TerminalEmulator::Shift;
    if (mods & Qt::AltModifier)
        m |= TerminalEmulator::Alt;
    if (ctrl)
        m |= TerminalEmulator::Control;
    int key = 0;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        key = TerminalEmulator::Enter;
        break;
    case Qt::Key_Tab:
        key = TerminalEmulator::Tab;
        break;
    case Qt::Key_Backtab:
        key = TerminalEmulator::Tab;
        break;
    case Qt::Key_Backspace:
        key = TerminalEmulator::Backspace;
        break;
    case Qt::Key_Escape:
        key = TerminalEmulator::Escape;
        break;
    case Qt::Key_Up:
        key = TerminalEmulator::Up;
        break;
    case Qt::Key_Down:
        key = TerminalEmulator::Down;
        break;
    case Qt::Key_Left:
        key = TerminalEmulator::Left;
        break;
    case Qt::Key_Right:
        key = TerminalEmulator::Right;
        break;
    case Qt::Key_Insert:
        key = TerminalEmulator::Insert;
        break;
    case Qt::Key_Delete:
        key = TerminalEmulator::Delete;
        break;
    case Qt::Key_Home:
        key = TerminalEmulator::Home;
        break;
    case Qt::Key_End:
        key = TerminalEmulator::End;
        break;
    case Qt::Key_PageUp:
        key = TerminalEmulator::PageUp;
        break;
    case Qt::Key_PageDown:
        key = TerminalEmulator::PageDown;
        break;
    default:
        if (event->key() >= Qt::Key_F1 && event->key() <= Qt::Key_F24)
            key = 256 + 1 + (event->key() - Qt::Key_F1);
        break;
    }
    if (m_scrolledBack != 0) { // typing goes back to the live screen
        m_scrolledBack = 0;
        Q_EMIT scrolled();
    }
    if (key != 0) {
        t->sendKey(key, m);
        return;
    }
    if (ctrl && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z) {
        t->sendText(QString(QChar(u'a' + (event->key() - Qt::Key_A))), TerminalEmulator::Control);
        return;
    }
    if (ctrl && (event->key() == Qt::Key_BracketLeft || event->key() == Qt::Key_Space)) {
        t->sendText(QString(QChar(event->key() == Qt::Key_Space ? u' ' : u'[')), TerminalEmulator::Control);
        return;
    }
    const QString text = event->text();
    if (text.isEmpty() || (text.size() == 1 && text.at(0).unicode() < 0x20)) {
        event->ignore();
        return;
    }
    t->sendText(text, m & TerminalEmulator::Alt);
}

void TerminalItem::inputMethodEvent(QInputMethodEvent *event)
{
    if (TerminalEmulator *t = emulator(); t && !event->commitString().isEmpty())
        t->sendText(event->commitString());
    event->accept();
}

QPoint TerminalItem::cellAt(QPointF point) const
{
    const int column = qBound(0, int(point.x() / m_cellWidth), columns() - 1);
    const int row = qBound(0, int(point.y() / m_cellHeight), rows() - 1) - m_scrolledBack;
    return QPoint(column, row);
}

bool TerminalItem::selected(int row, int column) const
{
    if (m_selectionFrom == m_selectionTo)
        return false;
    QPoint a = m_selectionFrom;
    QPoint b = m_selectionTo;
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    if (row < a.y() || row > b.y())
        return false;
    if (row == a.y() && column < a.x())
        return false;
    if (row == b.y() && column > b.x())
        return false;
    return true;
}

void TerminalItem::mousePressEvent(QMouseEvent *event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton) {
        paste();
        return;
    }
    m_selectionFrom = m_selectionTo = cellAt(event->position());
    m_selecting = true;
    Q_EMIT selectionChanged();
    update();
}

void TerminalItem::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionTo = cellAt(event->position());
    update();
}

void TerminalItem::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionTo = cellAt(event->position());
    m_selecting = false;
    Q_EMIT selectionChanged();
    // As X11 terminals do: what is selected is also the primary selection.
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(
            emulator()->text(m_selectionFrom, m_selectionTo), QClipboard::Selection);
    update();
}

void TerminalItem::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word: the run of non-blank cells under the pointer.
    TerminalEmulator *t = emulator();
    if (!t)
        return;
    const QPoint at = cellAt(event->position());
    auto blank = [&](int column) {
        const QString text = t->cell(at.y(), column).text;
        return text.isEmpty() || text == QLatin1String(" ");
    };
    if (blank(at.x()))
        return;
    int first = at.x();
    int last = at.x();
    while (first > 0 && !blank(first - 1))
        --first;
    while (last < t->columns() - 1 && !blank(last + 1))
        ++last;
    m_selectionFrom = QPoint(first, at.y());
    m_selectionTo = QPoint(last, at.y());
    m_selecting = false;
    Q_EMIT selectionChanged();
    update();
}

void TerminalItem::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40;
    if (steps != 0)
        scrollBy(steps);
    event->accept();
}

void TerminalItem::scrollBy(int lines)
{
    TerminalEmulator *t = emulator();
    if (!t || t->altScreen())
        return;
    const int next = qBound(0, m_scrolledBack + lines, t->scrollbackLines());
    if (next == m_scrolledBack)
        return;
    m_scrolledBack = next;
    Q_EMIT scrolled();
    update();
}

void TerminalItem::focusInEvent(QFocusEvent *event)
{
    QQuickPaintedItem::focusInEvent(event);
    update();
}

void TerminalItem::focusOutEvent(QFocusEvent *event)
{
    QQuickPaintedItem::focusOutEvent(event);
    update();
}

void TerminalItem::copy()
{
    if (TerminalEmulator *t = emulator(); t && hasSelection())
        QGuiApplication::clipboard()->setText(t->text(m_selectionFrom, m_selectionTo));
}

void TerminalItem::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (TerminalEmulator *t = emulator(); t && !text.isEmpty())
        t->paste(text);
}

QString TerminalItem::screenText() const
{
    TerminalEmulator *t = emulator();
    if (!t)
        return {};
    QStringList lines;
    for (int row = 0; row < t->rows(); ++row)
        lines << t->lineText(row);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

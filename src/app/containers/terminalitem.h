// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal/terminalsession.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * A TerminalSession's screen in QML: paints the emulator's cells in a monospace font, in the
 * theme's colours for the program's "default" ones; sends keys (Ctrl combinations, arrows,
 * Home/End, function keys) and pastes; selects with the mouse and copies; scrolls back with the
 * wheel or Shift+PageUp; and tells the session its size in characters as it is resized.
 */
class TerminalItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TerminalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY coloursChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY coloursChanged)
    Q_PROPERTY(QColor selectionColour MEMBER m_selectionColour NOTIFY coloursChanged)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontChanged)
    Q_PROPERTY(int scrolledBack READ scrolledBack NOTIFY scrolled)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(int rows READ rows NOTIFY gridChanged)
    Q_PROPERTY(int columns READ columns NOTIFY gridChanged)

public:
    explicit TerminalItem(QQuickItem *parent = nullptr);

    TerminalSession *session() const { return m_session; }
    void setSession(TerminalSession *session);
    QColor foreground() const { return m_foreground; }
    void setForeground(const QColor &colour);
    QColor background() const { return m_background; }
    void setBackground(const QColor &colour);
    int fontPixelSize() const { return m_font.pixelSize(); }
    void setFontPixelSize(int size);
    int scrolledBack() const { return m_scrolledBack; }
    bool hasSelection() const { return m_selecting || m_selectionFrom != m_selectionTo; }
    int rows() const;
    int columns() const;

    Q_INVOKABLE void copy();
    Q_INVOKABLE void paste();
    /// The visible screen's text (tests, and screen readers).
    Q_INVOKABLE QString screenText() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sessionChanged();
    void coloursChanged();
    void fontChanged();
    void scrolled();
    void selectionChanged();
    void gridChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TerminalEmulator *emulator() const;
    void scheduleRepaint();
    void measure();
    void sendSize();
    void scrollBy(int lines);
    /// The cell under @p point, in emulator rows (negative in the scrollback).
    QPoint cellAt(QPointF point) const;
    bool selected(int row, int column) const;

    static constexpr int RepaintMs = 30;
    static constexpr int FloodRepaintMs = 100;
    QPointer<TerminalSession> m_session;
    QTimer m_repaint;
    QElapsedTimer m_lastRepaint;
    QFont m_font;
    qreal m_cellWidth = 8;
    qreal m_cellHeight = 16;
    qreal m_ascent = 12;
    QColor m_foreground = Qt::black;
    QColor m_background = Qt::white;
    QColor m_selectionColour = QColor(0x30, 0x8c, 0xc6, 110);
    int m_scrolledBack = 0;
    QPoint m_selectionFrom;
    QPoint m_selectionTo;
    bool m_selecting = false;
};

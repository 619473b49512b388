#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app as a screen reader meets it, over AT-SPI.

Starts Escrutinio with a real accessibility bus and walks every view, the presenter and
the dialogs with the Tab key, as a person with Orca would. It fails on:
  - a focusable node whose name is empty, a type name (Gtk…, Adw…, Esc…), holds an
    underscore mnemonic, or says the same words twice;
  - a control that takes focus twice: two Tab stops of which one holds the other (a
    flow box child and the button in it), or a stop that comes back before the cycle
    closes.
Names are checked on every Tab stop and on every focusable node of each window whose
ancestors are all visible, but for what a combo box holds: its list is a popover, and
its button a Tab stop.

Every wait is for an event or a state, never for a time: after a key press the script
waits for the focus event it causes, and a synchronous call to the app afterwards
drains every event the app sent before it (D-Bus keeps one sender's messages in order).

Run under tests/run-ui-test.sh (an X server, a window manager, a session bus):
  a11y-walk.py ESCRUTINIO SOURCE_ROOT [--tour] [--verbose]
The language is the environment's (LANGUAGE, LC_ALL). Needs python3-gi, gir1.2-atspi-2.0
(python3-pyatspi pulls both in), at-spi2-core and xdotool.
"""
import gettext
import os
import re
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

MULTIPLIER = float(os.environ.get('ESC_TEST_TIMEOUT_MULTIPLIER', '1') or 1)
# For hangs only: each wait ends as soon as what it waits for happens.
DEADLINE = 60 * max(MULTIPLIER, 1)
MAX_STOPS = 400

TYPE_NAME = re.compile(r'\b(Gtk|Adw|Esc)[A-Z][A-Za-z]+\b')
MNEMONIC = re.compile(r'(^|[^\w])_[^\W_]')

failures = []
seen = set()
verbose = '--verbose' in sys.argv


class Failure(Exception):
    pass


def fail(message):
    # The same node met again from another view is one problem.
    if message in seen:
        return
    seen.add(message)
    failures.append(message)
    print('FAIL: ' + message, flush=True)


def log(message):
    if verbose:
        print(message, flush=True)


class Catalogue:
    """The app's own translations, so that the script finds controls by the names a
    person hears in the language under test."""

    def __init__(self, localedir):
        self.translation = gettext.translation('escrutinio', localedir, fallback=True)

    def __call__(self, text):
        return self.translation.gettext(text).replace('_', '')


def name_problem(node):
    """What is wrong with @node's name, or None."""
    name = (node.get_name() or '').strip()
    if not name:
        return 'has no name'
    if TYPE_NAME.search(name):
        return 'is named by its type'
    if MNEMONIC.search(name):
        return 'has an underscore mnemonic in its name'
    words = name.split()
    half = len(words) // 2
    if half > 0 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return 'says its name twice'
    return None


def describe(node):
    try:
        return '{} “{}”'.format(node.get_role_name(), node.get_name())
    except GLib.Error:
        return '(gone)'


def has_state(node, state):
    try:
        return node.get_state_set().contains(state)
    except GLib.Error:
        return False


class App:
    def __init__(self, program, arguments):
        environment = dict(os.environ)
        environment.pop('NO_AT_BRIDGE', None)
        environment['GTK_A11Y'] = 'atspi'
        self.focus_events = []
        self.focus_changes = 0
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register('object:state-changed:focused')
        self.process = subprocess.Popen([program] + arguments, env=environment)
        self.node = None
        try:
            self.pump_until(self._find, 'the app on the accessibility bus')
            # Every call goes to the app: nothing read from a stale cache.
            self.node.set_cache_mask(Atspi.Cache.NONE)
            self.pump_until(lambda: self.focused() is not None, 'a first focused control')
        except BaseException:
            self.process.kill()
            raise

    def _on_focus(self, event):
        self.focus_changes += 1
        if event.detail1 == 1:
            self.focus_events.append(event.source)

    def _find(self):
        if self.process.poll() is not None:
            raise Failure('the app exited with {}'.format(self.process.returncode))
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            try:
                if child is not None and child.get_process_id() == self.process.pid:
                    self.node = child
                    return True
            except GLib.Error:
                pass
        return False

    def pump_until(self, predicate, what):
        context = GLib.MainContext.default()
        end = time.monotonic() + DEADLINE
        while not predicate():
            if time.monotonic() > end:
                raise Failure('waited {:.0f} s for {}'.format(DEADLINE, what))
            if not context.iteration(False):
                # Nothing pending: a short nap between checks of a state that sends
                # no event (a window that appears).
                time.sleep(0.01)

    def drain(self):
        """Returns once every event the app sent so far has been handled."""
        self.node.get_child_count()
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def focused(self):
        """The control that took focus last. Not read from its state: GTK 4.8 leaves
        the focused state off the controls of a window it has not marked active."""
        self.drain()
        return self.focus_events[-1] if self.focus_events else None

    def press(self, keys, what, expect_focus=True):
        """Presses @keys and waits for the focus to move, unless told it stays. Returns
        the control that took focus, or None for one GTK did not report: GTK 4.8 says
        that the focus left the previous control but not where it went when it goes
        into an entry row of libadwaita 1.2."""
        before = len(self.focus_events)
        changes = self.focus_changes
        subprocess.run(['xdotool', 'key', '--clearmodifiers'] + keys.split(), check=True, timeout=DEADLINE)
        if not expect_focus:
            return self.focused()
        self.pump_until(lambda: self.focus_changes > changes, 'the focus to move after ' + what)
        self.drain()
        return self.focus_events[-1] if len(self.focus_events) > before else None

    def windows(self):
        result = []
        for i in range(self.node.get_child_count()):
            child = self.node.get_child_at_index(i)
            if child is not None:
                result.append(child)
        return result

    def visible_windows(self):
        return [window for window in self.windows() if has_state(window, Atspi.StateType.VISIBLE)]

    def open_window(self, keys, what):
        """Presses @keys and waits for the window they open. GTK 4.8 neither marks a
        new dialog active nor reports the focus it starts with: the window is waited
        for in the tree, and the Tab presses that follow report the focus."""
        before = self.visible_windows()
        self.press(keys, 'opening ' + what, expect_focus=False)
        found = []

        def opened():
            found[:] = [window for window in self.visible_windows() if window not in before]
            return bool(found)
        self.pump_until(opened, what)
        return found[0]

    def close_window(self, window, keys, what):
        self.press(keys, 'closing ' + what, expect_focus=False)
        self.pump_until(lambda: window not in self.visible_windows(), what + ' to close')

    def quit(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.process.kill()


def ancestors(node):
    result = []
    parent = node.get_parent()
    while parent is not None and parent.get_role() != Atspi.Role.APPLICATION and len(result) < 200:
        result.append(parent)
        parent = parent.get_parent()
    return result


def tab_cycle(app, where):
    """Every Tab stop of the window in front, from the first reported one round to it
    again. Stops GTK does not report are counted, and their names are checked in the
    tree instead."""
    first = None
    unreported = 0
    while first is None and unreported < MAX_STOPS:
        first = app.press('Tab', 'Tab in ' + where)
        unreported += first is None
    stops = [first]
    unreported = 0
    while len(stops) + unreported < MAX_STOPS:
        node = app.press('Tab', 'Tab in ' + where)
        if node is None:
            unreported += 1
            continue
        if node == stops[0]:
            break
        if node in stops:
            fail('{}: {} comes back in the Tab cycle before it closes'.format(where, describe(node)))
            break
        stops.append(node)
    else:
        fail('{}: more than {} Tab stops'.format(where, MAX_STOPS))

    log('{}: {} stops, and {} GTK did not report'.format(where, len(stops), unreported))
    for i, node in enumerate(stops):
        log('  {:3} {}'.format(i, describe(node)))
        problem = name_problem(node)
        if problem:
            fail('{}: Tab stop {} {}'.format(where, describe(node), problem))
    for node in stops:
        for parent in ancestors(node):
            if parent in stops:
                fail('{}: {} takes focus twice: once itself, once as {}'.format(
                    where, describe(node), describe(parent)))
    return stops


def visit(root, on_node):
    """Calls @on_node on every node under @root, depth first, and on the children of
    those for which it returns True. A node that goes while it is read (a chart card
    replaced as a dataset opens) is passed over with what it held."""
    pending = [root]
    while pending:
        node = pending.pop()
        try:
            if not on_node(node):
                continue
            count = node.get_child_count()
        except GLib.Error:
            continue
        for i in range(count):
            try:
                child = node.get_child_at_index(i)
            except GLib.Error:
                continue
            if child is not None:
                pending.append(child)


def check_tree(window, where):
    """Names every focusable node of @window whose ancestors are all visible."""
    checked = [0]

    def check(node):
        states = node.get_state_set()
        if not states.contains(Atspi.StateType.VISIBLE):
            return False
        if states.contains(Atspi.StateType.FOCUSABLE):
            checked[0] += 1
            problem = name_problem(node)
            if problem:
                fail('{}: focusable {} {} (in {})'.format(
                    where, describe(node), problem, ' < '.join(describe(a) for a in ancestors(node)[:3])))
        # A combo box's list is a popover, met when it opens; its button is a Tab stop.
        return node.get_role() != Atspi.Role.COMBO_BOX

    visit(window, check)
    log('{}: {} focusable nodes named'.format(where, checked[0]))


def tab_to(app, name, where):
    """Tabs round the window until the control named @name has focus."""
    node = app.focused()
    seen = []
    for _ in range(MAX_STOPS):
        if node is not None and node.get_name() == name:
            return node
        if node is not None and node in seen:
            break
        seen.append(node)
        node = app.press('Tab', 'Tab in ' + where)
    raise Failure('{}: no Tab stop named “{}”'.format(where, name))


def walk_window(app, window, where):
    # The tree first: GTK 4.8 sends a control's focus events only once an assistive
    # technology has met it in the tree, as Orca does when a window opens.
    check_tree(window, where)
    return tab_cycle(app, where)


def walk_dialog(app, keys, where):
    """Opens a window with @keys, walks it, and closes it with Escape."""
    window = app.open_window(keys, where)
    walk_window(app, window, where)
    app.close_window(window, 'Escape', where)


def walk_main(app, _):
    """The four views, the presenter, the export dialog and a form of the table."""
    views = [('alt+1', 'Results'), ('alt+2', 'Reactions'), ('alt+3', 'Sources'), ('alt+4', 'Table')]
    main = app.visible_windows()[0]
    for keys, view in views:
        app.press(keys, 'showing ' + view, expect_focus=False)
        walk_window(app, main, view)
    app.press('alt+2', 'showing Reactions', expect_focus=False)
    tab_to(app, _('Export the Map'), 'Reactions')
    app.press('Return', 'opening the export menu')
    walk_dialog(app, 'Return', 'the export dialog')
    walk_dialog(app, 'F5', 'the presenter')
    walk_dialog(app, 'ctrl+n', 'the new dataset dialog')
    app.press('alt+4', 'showing Table', expect_focus=False)
    tab_to(app, _('Edit the Selected Row'), 'Table')
    walk_dialog(app, 'Return', 'the form of a row')


def walk_problems(app, _):
    """A file that does not open: the problems dialog over an empty window."""
    app.pump_until(lambda: len(app.visible_windows()) == 2, 'the problems dialog')
    dialog = [w for w in app.visible_windows() if w.get_role() == Atspi.Role.DIALOG][0]
    walk_window(app, dialog, 'the problems dialog')


def walk_tally(app, _):
    """A dataset with a tally: its chip on Results opens the tally's window."""
    main = app.visible_windows()[0]
    app.press('alt+1', 'showing Results', expect_focus=False)
    walk_window(app, main, 'Results with a tally')
    tab_to(app, 'per-table.csv', 'Results with a tally')
    walk_dialog(app, 'Return', 'the tally window')


def text_of(node):
    return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))


def selected_text(node):
    if node is None or Atspi.Text.get_n_selections(node) < 1:
        return ''
    selection = Atspi.Text.get_selection(node, 0)
    return text_of(node)[selection.start_offset:selection.end_offset]


def find_node(root, predicate):
    found = []

    def look(node):
        if not found and predicate(node):
            found.append(node)
        return not found
    visit(root, look)
    return found[0] if found else None


def expect(node, what):
    if node is None:
        raise Failure('tour: no ' + what)
    return node


def tour(app, _):
    """The README's keyboard tour, key by key, each step checked as a screen reader
    user would hear it."""
    dataset = os.path.abspath(os.path.join(app.source_root, 'tests', 'fixtures', 'synthetic-parliament.json'))
    menu = expect(find_node(app.visible_windows()[0], lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON
                            and n.get_name() == _('Election')), 'election menu')
    # Its description is the title of the election on show.
    shown = menu.get_description()

    # Open a dataset: Ctrl+O, Ctrl+L for the location, its path, Enter.
    app.open_window('ctrl+o', 'the open dialog')
    location = expect(app.press('ctrl+l', 'asking for a location'), 'location entry in the open dialog')
    subprocess.run(['xdotool', 'type', '--delay', '0', dataset], check=True, timeout=DEADLINE)
    app.pump_until(lambda: text_of(location) == dataset, 'the path typed in the location')
    # The chooser is hidden, not destroyed, and GTK 4.8 leaves it marked visible: the
    # dataset on show says it has done its work.
    app.press('Return', 'opening the dataset', expect_focus=False)
    app.pump_until(lambda: menu.get_description() != shown, 'the dataset to open')
    log('tour: opened, on show: ' + menu.get_description())

    # Read a chart's figures: Tab to the first chart, then Right to its second mark.
    app.press('alt+1', 'showing Results', expect_focus=False)
    chart = app.press('Tab', 'Tab on Results')
    for _stop in range(MAX_STOPS):
        if chart is not None and chart.get_role() == Atspi.Role.IMAGE:
            break
        chart = app.press('Tab', 'Tab on Results')
    if chart is None or chart.get_role() != Atspi.Role.IMAGE:
        raise Failure('tour: no chart on Results')
    first = chart.get_name()
    # The chart's title, then the focused mark's words.
    title = first.split(': ')[0]
    app.press('Right', 'the next mark', expect_focus=False)
    app.pump_until(lambda: chart.get_name() != first, 'the chart to name its next mark')
    if not chart.get_name().startswith(title + ': '):
        fail('tour: the chart named its mark “{}”, not after its title “{}”'.format(chart.get_name(), title))
    log('tour: chart mark: ' + chart.get_name())

    # Open its quotes, and jump to the article of the first.
    app.press('Return', 'opening the quotes')
    button = app.focused()
    if button is None or button.get_name() != _('Show in _Sources'):
        button = tab_to(app, _('Show in _Sources'), 'the quotes')
    quote = expect(find_node(button.get_parent().get_parent(), lambda n: n.get_role() == Atspi.Role.LABEL
                             and n.get_name().startswith('“')), 'quote in the quotes popover')
    words = quote.get_name().strip('“”')
    log('tour: quote: ' + words)
    app.press('Return', 'showing the article', expect_focus=False)
    reader = expect(find_node(app.visible_windows()[0], lambda n: n.get_name() == _('Article text')
                              and n.get_role() == Atspi.Role.TEXT), 'article text in Sources')
    app.pump_until(lambda: selected_text(reader) == words, 'the article with the quote selected')

    # Find a word of the quote in the article.
    word = max(re.findall(r'\w+', words), key=len)
    # GTK 4.8 may not report the focus the find bar's entry takes: what is typed into
    # it says where the focus went.
    app.press('ctrl+f', 'opening the find bar')
    entry = expect(find_node(app.visible_windows()[0], lambda n: n.get_name() == _('Find in the article')
                             and n.get_role() in (Atspi.Role.ENTRY, Atspi.Role.TEXT)), 'find bar')
    subprocess.run(['xdotool', 'type', '--delay', '0', word], check=True, timeout=DEADLINE)
    app.pump_until(lambda: text_of(entry) == word, '“{}” typed in the find bar'.format(word))
    app.press('Return', 'finding', expect_focus=False)

    app.pump_until(lambda: selected_text(reader).lower() == word.lower(),
                   'the word “{}” to be found and selected'.format(word))
    log('tour: found ' + word)
    app.press('Escape', 'closing the find bar', expect_focus=False)

    # Show a reaction's quote in its article.
    app.press('alt+2', 'showing Reactions', expect_focus=False)
    source = tab_to(app, _('Show the source article'), 'Reactions')
    reactor = source.get_description() or '?' 
    app.press('Return', 'showing the reaction\'s article', expect_focus=False)
    app.pump_until(lambda: selected_text(reader) not in ('', word),
                   'the article of {}’s reaction with its passage selected'.format(reactor))
    log('tour: the reaction of ' + reactor)

    # Present, and leave.
    walk_dialog(app, 'F5', 'the presenter')


def main():
    program, source_root = sys.argv[1], sys.argv[2]
    _ = Catalogue(os.environ.get('ESCRUTINIO_LOCALEDIR', ''))
    runs = [
        ([], walk_main),
        ([os.path.join(source_root, 'tests', 'corpus', 'articles-object.json')], walk_problems),
        ([os.path.join(source_root, 'tests', 'fixtures', 'tally-computed.json')], walk_tally),
    ]
    if '--tour' in sys.argv:
        runs = [([], tour)]
    for arguments, walk in runs:
        app = None
        try:
            app = App(program, arguments)
            app.source_root = source_root
            walk(app, _)
        except Failure as error:
            fail(str(error))
        finally:
            if app is not None:
                app.quit()
    if failures:
        print('{} problems'.format(len(failures)))
        return 1
    print('the keyboard tour holds' if '--tour' in sys.argv else 'every control named, one Tab stop each')
    return 0


if __name__ == '__main__':
    sys.exit(main())

"""argparse's own texts ("usage: ", "show this help message and exit", its error messages)
in the program's language.

argparse looks its texts up at call time through the module-level ``argparse._`` and
``argparse.ngettext``; :func:`install` replaces both with functions that map each English
text (those of Python 3.11 to 3.14) to an Italian source of the catalogue (context
``argparse``), translated into the current language. A text not in the table (a
programming error of the parser's author) stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

from rts_desktop.kernel.i18n import noop, translate

CONTEXT = "argparse"

#: argparse's English text → its Italian source in the catalogue
TEXTS: dict[str, str] = {
    "usage: ": noop("argparse", "uso: "),
    "positional arguments": noop("argparse", "argomenti posizionali"),
    "options": noop("argparse", "opzioni"),
    "optional arguments": noop("argparse", "opzioni"),
    "subcommands": noop("argparse", "comandi"),
    " (default: %(default)s)": noop("argparse", " (predefinito: %(default)s)"),
    "show this help message and exit": noop("argparse", "mostra questo aiuto ed esci"),
    "show program's version number and exit": noop(
        "argparse", "mostra la versione del programma ed esci"
    ),
    "%(prog)s: error: %(message)s\n": noop("argparse", "%(prog)s: errore: %(message)s\n"),
    "%(prog)s: warning: %(message)s\n": noop("argparse", "%(prog)s: avviso: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": noop(
        "argparse", "argomento %(argument_name)s: %(message)s"
    ),
    "unrecognized arguments: %s": noop("argparse", "argomenti non riconosciuti: %s"),
    "the following arguments are required: %s": noop(
        "argparse", "mancano questi argomenti obbligatori: %s"
    ),
    "one of the arguments %s is required": noop("argparse", "serve uno di questi argomenti: %s"),
    "not allowed with argument %s": noop("argparse", "non ammesso insieme all'argomento %s"),
    "ignored explicit argument %r": noop("argparse", "argomento esplicito ignorato: %r"),
    "expected one argument": noop("argparse", "atteso un valore"),
    "expected at most one argument": noop("argparse", "atteso al massimo un valore"),
    "expected at least one argument": noop("argparse", "atteso almeno un valore"),
    "ambiguous option: %(option)s could match %(matches)s": noop(
        "argparse", "opzione ambigua: %(option)s può essere %(matches)s"
    ),
    "unexpected option string: %s": noop("argparse", "opzione inattesa: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": noop(
        "argparse", "scelta non valida: %(value)r (scegli tra %(choices)s)"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": noop(
        "argparse",
        "scelta non valida: %(value)r, forse intendevi %(closest)r? (scegli tra %(choices)s)",
    ),
    "invalid %(type)s value: %(value)r": noop("argparse", "valore %(type)s non valido: %(value)r"),
    "can't open '%(filename)s': %(error)s": noop(
        "argparse", "impossibile aprire '%(filename)s': %(error)s"
    ),
    'argument "-" with mode %r': noop("argparse", 'argomento "-" con modalità %r'),
    "unknown parser %(parser_name)r (choices: %(choices)s)": noop(
        "argparse", "comando sconosciuto %(parser_name)r (scelte: %(choices)s)"
    ),
    "option '%(option)s' is deprecated": noop("argparse", "l'opzione '%(option)s' è deprecata"),
    "argument '%(argument_name)s' is deprecated": noop(
        "argparse", "l'argomento '%(argument_name)s' è deprecato"
    ),
    "command '%(parser_name)s' is deprecated": noop(
        "argparse", "il comando '%(parser_name)s' è deprecato"
    ),
}
#: argparse's one plural: (singular, plural) → the Italian source (Qt numerus, ``%n``)
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): noop("argparse", "attesi %n valori"),
}


def gettext(message: str) -> str:
    """``message`` (argparse's English) in the current language."""
    source = TEXTS.get(message)
    if source is None:
        return message
    return translate(CONTEXT, source)  # i18n: dynamic


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for ``n``, with ``%s`` where argparse puts the number."""
    source = PLURALS.get((singular, plural))
    if source is None:
        return singular if n == 1 else plural
    return translate(CONTEXT, source, n).replace(str(n), "%s", 1)  # i18n: dynamic


def install() -> None:
    """argparse speaks the program's language from now on (its texts are looked up at call
    time, so a language set later is followed too)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]

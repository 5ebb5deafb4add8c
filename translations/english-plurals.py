#!/usr/bin/env python3
# Fills the English numerus forms of translations/telematics-console_en.ts (argument 1) from each source text:
# "%n entr(y/ies)" -> "%n entry" / "%n entries", "%n user(s)" -> "%n user" / "%n users", with the
# few verbs that follow a count made singular. Run after lupdate.
import re, sys, html
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
SING_FIX = [(' were in flight', ' was in flight'), (' have problems and are NOT sent', ' has problems and is NOT sent'),
            ('are NOT sent', 'is NOT sent'), (': they are marked failed', ': it is marked failed'),
            ('. Skip them and', '. Skip it and'), ('? They cannot be taken back', '? It cannot be taken back')]
def forms(src):
    s = html.unescape(src)
    one = re.sub(r'(\w+)\((\w+)/(\w+)\)', lambda m: m.group(1) + m.group(2), s)
    many = re.sub(r'(\w+)\((\w+)/(\w+)\)', lambda m: m.group(1) + m.group(3), s)
    one = re.sub(r'(\w+)\(s\)', r'\1', one)
    many = re.sub(r'(\w+)\(s\)', r'\1s', many)
    one = re.sub(r'(\w+)\(es\)', r'\1', one)
    many = re.sub(r'(\w+)\(es\)', r'\1es', many)
    for a, b in SING_FIX:
        one = one.replace(a, b)
    return one, many
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
def repl(m):
    block = m.group(0)
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    one, many = forms(src)
    new_tr = ('<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n'
              '        </translation>' % (esc(one), esc(many)))
    return re.sub(r'<translation[^>]*>.*?</translation>', lambda _: new_tr, block, flags=re.S)
text, n = re.subn(r'<message numerus="yes">.*?</message>', repl, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
print('filled', n, 'plural messages')

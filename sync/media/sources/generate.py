import os, random
W, H = 1600, 1000
out = '/tmp/lib/svg'

def person(x, y, s, shirt, skin='#e0ac82', hair='#3b2a20', pants='#34495e'):
    # a friendly flat person: head, hair, body, legs; (x,y) = feet centre, s = scale (1 = adult ~ 300px)
    h = 300 * s
    return f'''<g>
  <rect x="{x-22*s:.0f}" y="{y-h*0.42:.0f}" width="{18*s:.0f}" height="{h*0.42:.0f}" rx="{8*s:.0f}" fill="{pants}"/>
  <rect x="{x+4*s:.0f}" y="{y-h*0.42:.0f}" width="{18*s:.0f}" height="{h*0.42:.0f}" rx="{8*s:.0f}" fill="{pants}"/>
  <path d="M{x-45*s:.0f},{y-h*0.38:.0f} Q{x-48*s:.0f},{y-h*0.8:.0f} {x:.0f},{y-h*0.8:.0f} Q{x+48*s:.0f},{y-h*0.8:.0f} {x+45*s:.0f},{y-h*0.38:.0f} Z" fill="{shirt}"/>
  <circle cx="{x:.0f}" cy="{y-h*0.9:.0f}" r="{34*s:.0f}" fill="{skin}"/>
  <path d="M{x-35*s:.0f},{y-h*0.9:.0f} A{35*s:.0f},{35*s:.0f} 0 0 1 {x+35*s:.0f},{y-h*0.9:.0f} Q{x:.0f},{y-h*1.0:.0f} {x-35*s:.0f},{y-h*0.9:.0f} Z" fill="{hair}"/>
</g>'''

def seated(x, y, s, shirt, skin='#c98b5e', hair='#2c2c2c'):
    # person seen behind a desk: torso + head
    return f'''<g>
  <path d="M{x-55*s:.0f},{y:.0f} Q{x-58*s:.0f},{y-120*s:.0f} {x:.0f},{y-125*s:.0f} Q{x+58*s:.0f},{y-120*s:.0f} {x+55*s:.0f},{y:.0f} Z" fill="{shirt}"/>
  <circle cx="{x:.0f}" cy="{y-165*s:.0f}" r="{38*s:.0f}" fill="{skin}"/>
  <path d="M{x-40*s:.0f},{y-168*s:.0f} A{40*s:.0f},{40*s:.0f} 0 0 1 {x+40*s:.0f},{y-168*s:.0f} Q{x:.0f},{y-190*s:.0f} {x-40*s:.0f},{y-168*s:.0f} Z" fill="{hair}"/>
</g>'''

def tree(x, y, s, leaf='#3f8f4f', leaf2='#57a862'):
    return f'''<g>
  <rect x="{x-14*s:.0f}" y="{y-160*s:.0f}" width="{28*s:.0f}" height="{160*s:.0f}" fill="#7a5435"/>
  <circle cx="{x:.0f}" cy="{y-230*s:.0f}" r="{110*s:.0f}" fill="{leaf}"/>
  <circle cx="{x-60*s:.0f}" cy="{y-190*s:.0f}" r="{70*s:.0f}" fill="{leaf2}"/>
  <circle cx="{x+65*s:.0f}" cy="{y-185*s:.0f}" r="{65*s:.0f}" fill="{leaf2}"/>
</g>'''

def desk(x, y, w, color='#b5835a'):
    return f'''<g>
  <rect x="{x}" y="{y}" width="{w}" height="28" rx="6" fill="{color}"/>
  <rect x="{x+20}" y="{y+28}" width="18" height="170" fill="#8a6142"/>
  <rect x="{x+w-38}" y="{y+28}" width="18" height="170" fill="#8a6142"/>
</g>'''

def laptop(x, y):
    return f'''<g>
  <rect x="{x}" y="{y-110}" width="170" height="110" rx="8" fill="#2f3b4a"/>
  <rect x="{x+10}" y="{y-100}" width="150" height="90" rx="4" fill="#8fc3ea"/>
  <rect x="{x-20}" y="{y}" width="210" height="12" rx="5" fill="#4b5867"/>
</g>'''

def window(x, y, w, h, sky='#cfe8f7'):
    return f'''<g>
  <rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="#ffffff"/>
  <rect x="{x+12}" y="{y+12}" width="{w-24}" height="{h-24}" fill="{sky}"/>
  <rect x="{x+w/2-5}" y="{y+12}" width="10" height="{h-24}" fill="#ffffff"/>
  <rect x="{x+12}" y="{y+h/2-5}" width="{w-24}" height="10" fill="#ffffff"/>
</g>'''

def plant(x, y):
    return f'''<g>
  <path d="M{x-30},{y} L{x-22},{y-60} L{x+22},{y-60} L{x+30},{y} Z" fill="#d2693c"/>
  <ellipse cx="{x-20}" cy="{y-95}" rx="18" ry="45" fill="#4e9a5b" transform="rotate(-20 {x-20} {y-95})"/>
  <ellipse cx="{x+20}" cy="{y-95}" rx="18" ry="45" fill="#3f8f4f" transform="rotate(20 {x+20} {y-95})"/>
  <ellipse cx="{x}" cy="{y-110}" rx="16" ry="50" fill="#57a862"/>
</g>'''

def svg(body, bg):
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">\n<rect width="{W}" height="{H}" fill="{bg}"/>\n{body}\n</svg>\n'

scenes = {}

# 1 famiglia al parco
b = '<circle cx="1320" cy="190" r="90" fill="#ffd45c"/>'
b += '<path d="M0,640 Q400,560 800,640 T1600,620 L1600,1000 L0,1000 Z" fill="#8cc96b"/>'
b += '<path d="M0,760 Q500,700 1000,770 T1600,740 L1600,1000 L0,1000 Z" fill="#6fb255"/>'
b += tree(220, 700, 1.3) + tree(1380, 690, 1.1, '#2f7a44', '#4b9a58')
b += '<path d="M700,1000 Q760,820 900,760 L960,760 Q860,840 840,1000 Z" fill="#e9d9b0"/>'
b += person(560, 900, 1.0, '#d9534f') + person(700, 905, 0.62, '#f0ad4e', hair='#6b3e26') + person(880, 900, 1.05, '#3a7bd5', skin='#8d5a3b', hair='#1b1b1b') + person(1010, 905, 0.55, '#9b59b6', skin='#8d5a3b', hair='#1b1b1b')
b += '<circle cx="1150" cy="880" r="30" fill="#ff6f61"/><path d="M1122,872 Q1150,860 1178,872" stroke="#ffffff" stroke-width="6" fill="none"/>'
scenes['famiglia-al-parco'] = svg(b, '#bfe3f5')

# 2 coworking
b = window(120, 120, 420, 300) + window(640, 120, 420, 300) + window(1160, 120, 320, 300)
b += '<rect x="0" y="760" width="1600" height="240" fill="#d9c7a8"/>'
b += desk(140, 620, 600) + desk(860, 620, 600)
b += seated(300, 620, 1.0, '#2e86ab') + laptop(360, 620) + seated(1000, 620, 1.0, '#e76f51', skin='#e8b894', hair='#a0522d') + laptop(1080, 620)
b += seated(620, 620, 0.95, '#6a4c93', skin='#8d5a3b') + plant(1480, 760) + plant(80, 760)
b += '<rect x="1240" y="560" width="60" height="60" rx="8" fill="#f4a261"/><rect x="1250" y="545" width="40" height="20" rx="5" fill="#ffffff"/>'
scenes['coworking'] = svg(b, '#f3efe6')

# 3 centro estivo
b = '<circle cx="250" cy="180" r="100" fill="#ffcf3f"/>'
b += '<path d="M0,600 L1600,600 L1600,1000 L0,1000 Z" fill="#9bd06f"/>'
b += tree(1380, 640, 1.2) + tree(120, 640, 0.9)
b += '<path d="M980,610 L1110,440 L1240,610 Z" fill="#ff8c42"/><rect x="1020" y="610" width="180" height="10" fill="#c65f24"/>'
for i, (x, c) in enumerate([(340, '#e63946'), (480, '#457b9d'), (620, '#f4a261'), (760, '#2a9d8f'), (900, '#e9c46a')]):
    b += person(x, 900 - (i % 2) * 20, 0.6, c, skin=['#f1c27d', '#8d5a3b', '#e0ac82', '#c68642', '#ffdbac'][i], hair=['#3b2a20', '#111', '#a0522d', '#222', '#d4a017'][i])
b += person(200, 900, 1.0, '#1d3557')
b += '<circle cx="560" cy="640" r="40" fill="#ffffff"/><path d="M520,640 Q560,610 600,640 M520,640 Q560,670 600,640" stroke="#e63946" stroke-width="6" fill="none"/>'
b += '<path d="M0,90 Q80,60 160,90" stroke="#ffffff" stroke-width="0"/>'
for x in range(60, 1600, 160):
    b += f'<path d="M{x},80 L{x+40},140 L{x+80},80 Z" fill="{random.Random(x).choice(["#e63946","#457b9d","#e9c46a","#2a9d8f"])}"/>'
b += '<path d="M0,80 L1600,80" stroke="#6c757d" stroke-width="4"/>'
scenes['centro-estivo'] = svg(b, '#c9ecfb')

# 4 assistenza domiciliare
b = window(1050, 130, 380, 320, '#d7ecd9') + '<rect x="0" y="800" width="1600" height="200" fill="#c8a982"/>'
b += '<rect x="200" y="520" width="520" height="140" rx="30" fill="#7d9d9c"/><rect x="180" y="620" width="560" height="120" rx="30" fill="#6b8a89"/><rect x="210" y="740" width="24" height="70" fill="#4b3b2f"/><rect x="690" y="740" width="24" height="70" fill="#4b3b2f"/>'
b += seated(400, 660, 1.1, '#b56576', skin='#f1c27d', hair='#d9d9d9')
b += person(860, 880, 1.05, '#2a9d8f', skin='#8d5a3b', hair='#1b1b1b', pants='#264653')
b += '<rect x="900" y="620" width="120" height="16" rx="6" fill="#ffffff"/><circle cx="930" cy="600" r="22" fill="#ffffff"/><rect x="925" y="575" width="10" height="20" fill="#e9c46a"/>'
b += plant(1350, 800) + '<circle cx="180" cy="200" r="70" fill="#f6bd60" opacity="0.85"/><rect x="150" y="270" width="60" height="12" fill="#8a6142"/>'
scenes['assistenza-domiciliare'] = svg(b, '#f6efe4')

# 5 lavoro agile
b = window(120, 140, 520, 360, '#bde0fe') + '<rect x="0" y="780" width="1600" height="220" fill="#b08968"/>'
b += desk(600, 600, 720, '#ddb892') + seated(960, 600, 1.05, '#ffb703', skin='#e0ac82', hair='#5e3023') + laptop(1020, 600)
b += '<rect x="700" y="560" width="70" height="40" rx="6" fill="#ffffff"/><path d="M770,570 Q795,580 770,590" stroke="#ffffff" stroke-width="6" fill="none"/>'
b += '<g><rect x="1380" y="650" width="140" height="130" rx="20" fill="#8ecae6"/><circle cx="1450" cy="630" r="36" fill="#8d5a3b"/><path d="M1420,610 L1430,580 L1445,605 Z M1480,610 L1470,580 L1455,605 Z" fill="#8d5a3b"/></g>'
b += plant(200, 780) + '<rect x="1200" y="170" width="250" height="170" rx="10" fill="#ffffff"/><rect x="1220" y="190" width="210" height="130" fill="#e76f51" opacity="0.8"/><circle cx="1290" cy="250" r="30" fill="#ffd166"/>'
scenes['lavoro-agile'] = svg(b, '#edf2f4')

# 6 incontro di rete
b = '<rect x="0" y="800" width="1600" height="200" fill="#cbb89d"/>' + '<rect x="520" y="110" width="560" height="300" rx="10" fill="#ffffff"/><rect x="545" y="135" width="510" height="250" fill="#e6f0fa"/>'
b += '<rect x="600" y="300" width="60" height="60" fill="#2a9d8f"/><rect x="690" y="250" width="60" height="110" fill="#e9c46a"/><rect x="780" y="200" width="60" height="160" fill="#e76f51"/><rect x="870" y="270" width="60" height="90" fill="#457b9d"/>'
b += '<ellipse cx="800" cy="720" rx="560" ry="110" fill="#a47148"/>'
cols = ['#e63946', '#457b9d', '#2a9d8f', '#f4a261', '#6a4c93', '#1d3557']
skins = ['#f1c27d', '#8d5a3b', '#e0ac82', '#c68642', '#ffdbac', '#5c3a21']
for i, x in enumerate([360, 560, 760, 960, 1160, 1300]):
    b += seated(x if i < 5 else 1340, 650, 0.9, cols[i], skin=skins[i], hair=['#222', '#111', '#a0522d', '#3b2a20', '#d4a017', '#111'][i])
b += '<ellipse cx="800" cy="690" rx="540" ry="95" fill="#b5835a"/>'
for x in [430, 640, 900, 1120]:
    b += f'<rect x="{x}" y="660" width="70" height="45" rx="4" fill="#ffffff" transform="rotate(-8 {x} 660)"/>'
scenes['incontro-di-rete'] = svg(b, '#f1ece4')

# 7 doposcuola
b = '<rect x="80" y="100" width="700" height="360" rx="12" fill="#2d6a4f"/><rect x="80" y="100" width="700" height="360" rx="12" fill="none" stroke="#8a6142" stroke-width="18"/>'
b += '<path d="M160,200 L360,200 M160,260 L460,260 M160,320 L300,320" stroke="#f8f9fa" stroke-width="10" stroke-linecap="round"/><text x="520" y="330" font-family="sans-serif" font-size="110" fill="#f8f9fa">2+3</text>'
b += window(1000, 120, 420, 300) + '<rect x="0" y="800" width="1600" height="200" fill="#d4a373"/>'
b += desk(250, 640, 1100, '#e9c46a')
for i, x in enumerate([420, 680, 960]):
    b += seated(x, 640, 0.7, ['#e63946', '#457b9d', '#2a9d8f'][i], skin=['#ffdbac', '#8d5a3b', '#e0ac82'][i], hair=['#d4a017', '#111', '#5e3023'][i])
b += seated(1200, 640, 1.0, '#6a4c93', skin='#c68642')
for x in [470, 730, 1010]:
    b += f'<rect x="{x-10}" y="618" width="90" height="22" fill="#ffffff"/><rect x="{x+30}" y="618" width="4" height="22" fill="#adb5bd"/>'
b += '<rect x="520" y="580" width="14" height="60" fill="#f4a261" transform="rotate(25 520 580)"/>'
scenes['doposcuola'] = svg(b, '#fdf6e3')

# 8 sportello ascolto
b = '<rect x="0" y="800" width="1600" height="200" fill="#bfa58a"/>' + window(1120, 130, 340, 300, '#dff3e4') + plant(1500, 800)
b += '<rect x="200" y="150" width="300" height="200" rx="10" fill="#ffffff"/><circle cx="300" cy="230" r="40" fill="#f4a261"/><path d="M360,210 L450,210 M360,250 L430,250 M360,290 L450,290" stroke="#6c757d" stroke-width="10" stroke-linecap="round"/>'
b += desk(430, 620, 740, '#c9a77c')
b += seated(560, 620, 1.05, '#457b9d', skin='#8d5a3b', hair='#111')
b += seated(1030, 620, 1.05, '#e76f51', skin='#f1c27d', hair='#a0522d')
b += '<rect x="740" y="585" width="110" height="35" rx="6" fill="#ffffff"/><circle cx="890" cy="600" r="20" fill="#ffffff"/><rect x="880" y="560" width="20" height="30" rx="4" fill="#2a9d8f"/>'
b += '<path d="M760,420 Q800,380 840,420 Q800,470 760,420 Z" fill="#e63946" opacity="0.85"/>'
scenes['sportello-ascolto'] = svg(b, '#eef4f1')

os.makedirs(out, exist_ok=True)
for name, text in scenes.items():
    open(os.path.join(out, name + '.svg'), 'w').write(text)
print(list(scenes))

curl 'https://pets.example.com/v2/pets/7?lang=tr&fields=name%2Ctag' \
  -H 'accept: application/json' \
  -H $'x-note: it\'s \u00e7ok g\xc3\xbczel\tok' \
  -H "Ocp-Apim-Subscription-Key: 0123456789abcdef-SECRET" \
  --compressed

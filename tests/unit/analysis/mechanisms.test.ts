describe('with no job named, a "no" right after an invitation declines the invitation', () => {
  it.each([
    [
      'de',
      'Hallo Holger,\n\ndanke für die Einladung zum Grillen. Leider wird es diesmal nichts, wir sind am Wochenende bei meinen Eltern.\n\nGruß\nAnja',
    ],
    [
      'da',
      'Hej Malene\n\nTak for invitationen til sommerfesten. Vi har tænkt over det, og det bliver ikke til noget denne gang, da vi er på ferie.\n\nHilsen\nPer',
    ],
    [
      'en',
      'Hi Tom,\n\nthanks for the invite to the barbecue, but I will pass this time, we are away that weekend.\n\nCheers,\nMo',
    ],
    [
      'sv',
      'Hej Malin!\n\nTack för inbjudan till kräftskivan. Det blir tyvärr inget den här gången, vi är bortresta.\n\nKram\nPer',
    ],
  ])('%s: a declined party is no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it.each([
    [
      'de',
      'Hallo Herr Krüger,\n\ndanke, dass Sie unserer Einladung in die Werkstatt gefolgt sind. Leider wird es diesmal nichts mit uns.\n\nGruß\nHolger',
    ],
    [
      'da',
      'Hej Malene\n\nTak fordi du tog imod vores invitation og kom forbi butikken. Det bliver desværre ikke til noget denne gang.\n\nHilsen\nPer',
    ],
    [
      'sv',
      'Hej Malin,\n\ntack för att du tackade ja till vår inbjudan och kom förbi caféet. Det blir tyvärr inget den här gången.\n\nHälsningar\nPer',
    ],
    [
      'de',
      'Sehr geehrter Herr Kohl,\n\nwir haben die Prüfung abgeschlossen und werden Ihnen diesmal keine Einladung zum Gespräch aussprechen.\n\nMüller GmbH',
    ],
  ])(
    '%s: our own invitation, or an invitation the decision withholds, leaves the rejection',
    (_lang, text) => {
      expect(verdict(text)).toBe('generic-rejection');
    },
  );
});

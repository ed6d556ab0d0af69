/** A small site for the concurrency and shard tests. */
import fs from 'node:fs';
import path from 'node:path';

/** A small site: a footer linking some of the policies, a config, and policies in several languages. */
export function siteProject(dir: string): string {
  const files: Record<string, string> = {
    'policylint.config.yaml': 'extends: ["policylint:recommended"]\nsettings:\n  footer:\n    - footer.html\n',
    'footer.html': '<footer><a href="/policies/privacy/">Privacy</a> <a href="/policies/complaints/">Complaints</a></footer>\n',
    'policies/privacy.md': '# Privacy policy\n\nWe use your data only to answer you.\n',
    'policies/complaints.md': '# Complaints\n\n## Complaints\n\nWrite to complaints@example.com. We answer within 5 business days.\n',
    'policies/refunds.md': '# Refunds\n\n## Complaints\n\nTell us.\n\n## Escalation\n\n- Support team\n- Manager\n',
    'policies/quiet.md': '<!-- policylint-disable policy-linked-from-footer -->\n# Shipping\n\n## Privacy\n\nSee the privacy policy.\n',
    'policies/support.ta.md': '# ஆதரவு\n\n## புகார்கள்\n\nமின்னஞ்சல் அனுப்பவும்.\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

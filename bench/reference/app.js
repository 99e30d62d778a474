// Benchmark floor: a faithful, minimal port of the programme verdict
// (docs/product.md, "Verdict") with the app's hooks ("Stable hooks"). Dependency-free; no build step.
'use strict';
// key, label, unit, typed unit spellings, plausible range, threshold, decimals
var F = [
  ['systolic_bp', '最高血圧', 'mmHg', ['mmhg'], 50, 300, 180, 0],
  ['diastolic_bp', '最低血圧', 'mmHg', ['mmhg'], 30, 200, 120, 0],
  ['glucose', '血糖', 'mg/dL', ['mg/dl', 'mg/100ml'], 20, 1500, 300, 0],
  ['hba1c', 'HbA1c (NGSP)', '%', ['%'], 3, 20, 10, 1],
  ['ast', 'AST (GOT)', 'U/L', ['u/l', 'iu/l'], 1, 10000, 400, 0],
  ['alt', 'ALT (GPT)', 'U/L', ['u/l', 'iu/l'], 1, 10000, 400, 0],
  ['ggt', 'γ-GT (γ-GTP)', 'U/L', ['u/l', 'iu/l'], 1, 10000, 1000, 0],
  ['creatinine', '血清クレアチニン', 'mg/dL', ['mg/dl', 'mg/100ml'], 0.1, 20, 0, 2],
  ['egfr', 'eGFR', 'mL/min/1.73m²', ['ml/min/1.73m²', 'ml/min/1.73m2'], 1, 200, 30, 0]
];
var MANDATORY = ['systolic_bp', 'diastolic_bp', 'ast', 'alt', 'ggt'];
var $ = function (id) { return document.getElementById(id); };

// Full-width ASCII and the ideographic space to ASCII; Japanese dashes to '-'.
function fold(s) {
  return s.replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
    .replace(/\u3000/g, ' ').replace(/[\u2212\u2010\u2011\u2013\u30FC]/g, '-').replace(/\u3002/g, '.').replace(/\u3001/g, ',');
}

// '' → null (blank); a number; or an error message (string).
function parse(raw, units, min, max) {
  if (raw.length > 40) return '長すぎます';
  var t = fold(raw).trim().toLowerCase();
  if (!t) return null;
  var m = /^([0-9.,+\- ]*)(.*)$/.exec(t), num = m[1].trim(), unit = m[2];
  if (unit && units.indexOf(unit) < 0) return '数値を入力してください';
  if (/^-/.test(num)) return 'マイナスの値は入力できません';
  num = num.replace(/^\+\s*/, '');
  if (/^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(num)) return '小数点は「.」で入力してください';
  if (!/^(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$/.test(num) || !/\d/.test(num)) return '数値を入力してください';
  var v = parseFloat(num.replace(/,/g, ''));
  if (v < min || v > max) return min + '〜' + max + ' の範囲で入力してください';
  return v;
}

function evaluate() {
  var sexEl = document.querySelector('input[name=sex]:checked'), sex = sexEl ? sexEl.value : null;
  var v = {}, err = {}, flags = [], missing = [];
  F.forEach(function (f) {
    var r = parse($(f[0]).value, f[3], f[4], f[5]);
    if (typeof r === 'string') err[f[0]] = r; else v[f[0]] = r;
  });
  if (v.systolic_bp != null && v.diastolic_bp != null && v.diastolic_bp >= v.systolic_bp) {
    v.diastolic_bp = null; err.diastolic_bp = '最低血圧は最高血圧より低い値です';
  }
  var age = parse($('age').value, ['歳', '才', 'years', 'year', 'yrs'], 18, 120);
  if (typeof age === 'number' && age % 1) age = '年齢は整数で入力してください';
  if (typeof age === 'string') { err.age = age; age = null; }
  F.forEach(function (f) {
    var k = f[0], x = v[k], th = f[6];
    if (x == null) return;
    if (k === 'creatinine') th = sex === 'female' ? 1.5 : 2;
    if (k === 'egfr' ? x < th : x >= th) flags.push([k, x, th, false]);
  });
  var cr = v.creatinine, est = null;
  if (cr != null && !$('egfr').value.trim() && age != null && sex) {
    est = Math.round(194 * Math.pow(cr, -1.094) * Math.pow(age, -0.287) * (sex === 'female' ? 0.739 : 1) * 10) / 10;
    if (est < 30) flags.push(['egfr', est, 30, true]);
  }
  var needSex = cr != null && !sex && cr >= 1.5 && cr < 2;
  MANDATORY.forEach(function (k) { if (v[k] == null && !err[k]) missing.push(k); });
  if (v.glucose == null && v.hba1c == null && !err.glucose && !err.hba1c) missing.push('glucose');
  var verdict = flags.length ? 'see-doctor-first'
    : !Object.keys(err).length && !missing.length && !needSex ? 'may-start' : 'incomplete';
  return { verdict: verdict, flags: flags, err: err, missing: missing, needSex: needSex, est: est };
}

var LABEL = {}, UNIT = {};
F.forEach(function (f) { LABEL[f[0]] = f[1]; UNIT[f[0]] = f[2]; });
var HEAD = {
  'see-doctor-first': 'プログラム開始前に医師の受診と許可が必要です',
  'may-start': '受診が必要な項目はありません',
  incomplete: '判定には入力が足りません'
};

function render() {
  var e = evaluate(), r = $('result');
  ['age'].concat(F.map(function (f) { return f[0]; })).forEach(function (k) {
    var input = $(k), msg = $(k + '-error');
    if (e.err[k]) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', k + '-error');
      if (!msg) { msg = document.createElement('p'); msg.id = k + '-error'; msg.className = 'e'; input.after(msg); }
      msg.textContent = e.err[k];
    } else if (msg) {
      input.removeAttribute('aria-invalid'); input.removeAttribute('aria-describedby'); msg.remove();
    }
  });
  var h = '<h2>' + HEAD[e.verdict] + '</h2>';
  if (e.flags.length) h += '<ul>' + e.flags.map(function (f) {
    var d = F.filter(function (x) { return x[0] === f[0]; })[0][7];
    return '<li data-flag="' + f[0] + '"' + (f[3] ? ' data-estimated="true"' : '') + '>' + LABEL[f[0]] +
      (f[3] ? ' (推算)' : '') + ': ' + f[1].toFixed(f[3] ? 1 : d) + ' ' + UNIT[f[0]] + ' (基準 ' + f[2].toFixed(d) + ' ' +
      UNIT[f[0]] + (f[0] === 'egfr' ? ' 未満' : ' 以上') + ')</li>';
  }).join('') + '</ul>';
  if (e.est != null && !e.flags.some(function (f) { return f[3]; })) h += '<p>推算 eGFR: ' + e.est.toFixed(1) + '</p>';
  if (e.missing.length) h += '<p>未入力: ' + e.missing.map(function (k) { return k === 'glucose' ? '血糖または HbA1c' : LABEL[k]; }).join('、') + '</p>';
  if (e.needSex) h += '<p>クレアチニンの判定には性別を選んでください</p>';
  if (Object.keys(e.err).length) h += '<p>修正が必要な項目があります</p>';
  h += '<p>これはプログラムの参加条件で、診断ではありません。健診結果の指示(要治療・要精密検査)と医師の指示に従ってください。</p>';
  r.innerHTML = h;
  r.setAttribute('data-verdict', e.verdict);
}

$('fields').innerHTML = F.map(function (f) {
  return '<label for="' + f[0] + '">' + f[1] + ' (' + f[2] + ')</label><input type="text" inputmode="decimal" id="' +
    f[0] + '" name="' + f[0] + '">';
}).join('');
$('f').addEventListener('input', render);
$('f').addEventListener('change', render);
render();

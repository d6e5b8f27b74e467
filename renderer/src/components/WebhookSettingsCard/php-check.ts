// The PHP a receiver uses to check our signature (shown on the Webhooks page, same as in the README): the
// timestamped signature (X-Wasender-Signature-V2 over "timestamp.delivery.body"), refused when older than
// 5 minutes, so a recorded delivery cannot be sent again later (replay).
export const phpSignatureCheck = (header: string, secret: string) => {
  const serverKey = `HTTP_${header.toUpperCase().replace(/-/g, '_')}`;
  return `<?php
$secret = '${secret}';
$body = file_get_contents('php://input');
$timestamp = $_SERVER['HTTP_X_WASENDER_TIMESTAMP'] ?? '';
$delivery = $_SERVER['HTTP_X_WASENDER_DELIVERY'] ?? '';
$expected = 'sha256=' . hash_hmac('sha256', $timestamp . '.' . $delivery . '.' . $body, $secret);
if (!hash_equals($expected, $_SERVER['${serverKey}'] ?? '') || abs(time() - (int) $timestamp) > 300) {
    http_response_code(401);
    exit('invalid signature');
}
// Optional: remember $delivery for 5 minutes and drop a second request with the same id.
$data = json_decode($body, true);
// $data['message'], $data['from'], $data['bufferImage'], $data['participant'] ...
// Reply to the chat by answering: {"reply": "Terima kasih!"}
header('Content-Type: application/json');
echo json_encode(['reply' => 'Terima kasih, pesan Anda sudah kami terima.']);`;
};

briefingSearch.terms("ko",{"korea":[0,5,1,3],"korean":[0,5,1,5]});

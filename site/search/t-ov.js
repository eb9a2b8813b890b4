briefingSearch.terms("ov",{"over":[1,1],"overcome":[0,2]});
